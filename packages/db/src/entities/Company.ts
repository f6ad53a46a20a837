import { defineEntity, p } from '@mikro-orm/core';

/** A company from company_info.csv, one row per distinct homepage domain. */
export const Company = defineEntity({
  name: 'Company',
  tableName: 'companies',
  comment:
    'Companies related to events (sponsors, partners, speakers, ...) and employing people, one row per homepage ' +
    'domain. Link to events through participations and to people through people.company_id.',
  properties: {
    id: p.integer().primary().comment('Row id of the company.'),
    domain: p
      .text()
      .unique('companies_domain_unique')
      .comment('Homepage domain, lower-case (homepage_base_url, natural key), e.g. "zscaler.com".'),
    name: p.text().comment('Company name as given, e.g. "Amazon Web Services (AWS)".'),
    homepageUrl: p.text().fieldName('homepage_url').nullable().comment('Homepage URL.'),
    linkedinUrl: p.text().fieldName('linkedin_url').nullable().comment('LinkedIn company page URL.'),
    logoUrl: p.text().fieldName('logo_url').nullable().comment('URL of the company logo.'),
    phone: p.text().nullable().comment('Phone number as given.'),
    foundedYear: p.integer().fieldName('founded_year').nullable().comment('Year the company was founded.'),
    address: p.text().nullable().comment('Postal address as given; its trailing ", XX" is the country code.'),
    city: p.text().nullable().comment('City of the company address (derived); NULL when unknown.'),
    state: p.text().nullable().comment('State or region of the company address (derived); NULL when unknown.'),
    countryCode: p
      .text()
      .fieldName('country_code')
      .nullable()
      .comment('ISO 3166 alpha-2 code from the trailing ", XX" of the address, e.g. "SG", "US"; NULL when unknown.'),
    country: p
      .text()
      .nullable()
      .comment(
        'Country of the company (English name of country_code), e.g. "Singapore", "United States"; NULL when unknown.',
      ),
    employeesRaw: p
      .text()
      .fieldName('employees_raw')
      .nullable()
      .comment(
        'Employee count as given: a band ("11-50", "1,001-5,000 employees", "10,001+") or a head count ("3.0").',
      ),
    employeesMin: p
      .integer()
      .fieldName('employees_min')
      .nullable()
      .comment('Lower bound of the employee count (derived). "More than K employees" means employees_min > K.'),
    employeesMax: p
      .integer()
      .fieldName('employees_max')
      .nullable()
      .comment('Upper bound of the employee count (derived); NULL for open-ended bands like "10,001+" or unknown.'),
    revenueRaw: p
      .text()
      .fieldName('revenue_raw')
      .nullable()
      .comment('Revenue as given, e.g. "$2 million", "$1.1 billion".'),
    revenueUsd: p
      .double()
      .fieldName('revenue_usd')
      .nullable()
      .comment('Annual revenue in US dollars (derived from revenue_raw).'),
    industry: p
      .text()
      .nullable()
      .comment(
        'Primary industry (first of the list), e.g. "Software Development"; all industries are in company_industries.',
      ),
    industries: p.text().nullable().comment('Full industry list as given (comma + two spaces separated).'),
    overview: p.text().nullable().comment('Company overview text.'),
  },
});
