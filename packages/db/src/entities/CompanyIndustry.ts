import { defineEntity, p } from '@mikro-orm/core';

import { Company } from './Company';

/** Every industry of a company, split from company_industry. */
export const CompanyIndustry = defineEntity({
  name: 'CompanyIndustry',
  tableName: 'company_industries',
  comment: 'Each industry a company lists (split from company_industry), position 0 being its primary industry.',
  properties: {
    company: () => p.manyToOne(Company).primary().fieldName('company_id').comment('The company (companies.id).'),
    industry: p.text().primary().comment('Industry name, e.g. "Pharmaceutical Manufacturing", "Financial Services".'),
    position: p.integer().comment("Position in the company's list, 0 = primary industry."),
  },
});
