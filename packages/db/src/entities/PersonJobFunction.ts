import { defineEntity, p } from '@mikro-orm/core';

import { JOB_FUNCTIONS } from '../vocabularies';
import { Person } from './Person';

/** Every job function a person's title states ('VP Sales & Marketing': sales and marketing). */
export const PersonJobFunction = defineEntity({
  name: 'PersonJobFunction',
  tableName: 'person_job_functions',
  comment:
    "Each job function a person's title states, one row per (person, function): 'VP Sales & Marketing' has a sales " +
    'row and a marketing row. Position 0 is the primary function (the one in people.job_function). Test a ' +
    'function with EXISTS (... WHERE person_id = people.id AND job_function = ...). Join person_id = people.id.',
  properties: {
    person: () => p.manyToOne(Person).primary().fieldName('person_id').comment('The person (people.id).'),
    jobFunction: p
      .enum([...JOB_FUNCTIONS])
      .primary()
      .fieldName('job_function')
      .comment('A job function stated by the title (sales excludes Salesforce admins, recruiters, ledger clerks).'),
    position: p.integer().comment('Order in the title; 0 = the primary function (people.job_function).'),
  },
});
