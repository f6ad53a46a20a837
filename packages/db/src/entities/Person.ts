import { defineEntity, p } from '@mikro-orm/core';

import { JOB_FUNCTIONS, SENIORITIES } from '../vocabularies';
import { Company } from './Company';

/** A person from people_info.csv, one row per (first name, surname, company domain). */
export const Person = defineEntity({
  name: 'Person',
  tableName: 'people',
  comment:
    'People working at companies (contacts), one row per first name, surname and company domain. Job function, ' +
    'seniority, normalised country and e-mail are derived; every job function is in person_job_functions. Join people.company_id = companies.id.',
  properties: {
    id: p.integer().primary().comment('Row id of the person.'),
    company: () =>
      p
        .manyToOne(Company)
        .fieldName('company_id')
        .nullable()
        .comment('Employer (companies.id); NULL when the domain is not a known company.'),
    companyDomain: p
      .text()
      .fieldName('company_domain')
      .comment('Employer homepage domain, lower-case (homepage_base_url).'),
    firstName: p.text().fieldName('first_name').comment('First name as given.'),
    middleName: p.text().fieldName('middle_name').nullable().comment('Middle name as given.'),
    lastName: p.text().fieldName('last_name').nullable().comment('Last name as given (sometimes empty).'),
    surname: p.text().nullable().comment('Surname: last_name, or middle_name when last_name is empty.'),
    fullName: p.text().fieldName('full_name').comment('first_name and surname, e.g. "Jane Tan".'),
    identityKey: p
      .text()
      .fieldName('identity_key')
      .unique('people_identity_key_unique')
      .comment('lower(first_name)|lower(surname)|company_domain: one person.'),
    jobTitle: p.text().fieldName('job_title').nullable().comment('Job title as given.'),
    jobFunction: p
      .enum([...JOB_FUNCTIONS])
      .fieldName('job_function')
      .nullable()
      .comment(
        'Primary job function classified from the title (sales excludes Salesforce admins, recruiters, ledger clerks); NULL when unclassified. A title can state several (person_job_functions holds them all): test a function there.',
      ),
    seniority: p
      .enum([...SENIORITIES])
      .nullable()
      .comment(
        'Seniority classified from the title: c_level (chief ... officer, CEO), vp, director, head, manager, senior, entry.',
      ),
    city: p.text().nullable().comment('City as given.'),
    state: p.text().nullable().comment('State or region as given.'),
    countryRaw: p
      .text()
      .fieldName('country_raw')
      .nullable()
      .comment('person_country as given (US, USA, United States, ...).'),
    country: p
      .text()
      .nullable()
      .comment('Normalised country (English name), e.g. "United States", "Singapore"; NULL when unknown or junk.'),
    countryCode: p.text().fieldName('country_code').nullable().comment('ISO 3166 alpha-2 code of country, e.g. "US".'),
    emailPattern: p
      .text()
      .fieldName('email_pattern')
      .nullable()
      .comment('Company e-mail pattern, e.g. "[first].[last]", "[first_initial][last]".'),
    email: p
      .text()
      .nullable()
      .comment('E-mail address derived from the pattern and the company domain; NULL without a pattern.'),
    durationInCurrentJob: p
      .text()
      .fieldName('duration_in_current_job')
      .nullable()
      .comment('Time in current role, as given.'),
    durationInCurrentCompany: p
      .text()
      .fieldName('duration_in_current_company')
      .nullable()
      .comment('Time at current company, as given.'),
  },
});
