import { defineEntity, p } from '@mikro-orm/core';

import { RELATIONS } from '../vocabularies';
import { Company } from './Company';
import { Event } from './Event';

/** A company's relation to an event (one row per company, event and relation). */
export const Participation = defineEntity({
  name: 'Participation',
  tableName: 'participations',
  comment:
    'Which company takes part in which event and how (sponsor, partner, speaker, ...). "Attending" or "at" an ' +
    'event means any relation; a named relation ("sponsoring") filters on relation.',
  properties: {
    id: p.integer().primary().comment('Row id of the participation.'),
    event: () => p.manyToOne(Event).fieldName('event_id').comment('The event (events.id).'),
    company: () => p.manyToOne(Company).fieldName('company_id').comment('The company (companies.id).'),
    relation: p.enum([...RELATIONS]).comment('How the company relates to the event.'),
    logoUrlOnEventPage: p
      .text()
      .fieldName('logo_url_on_event_page')
      .nullable()
      .comment('URL of the company logo as shown on the event page.'),
    logoMatch: p
      .text()
      .fieldName('logo_match')
      .nullable()
      .comment('"yes" when the event-page logo was matched to the company; NULL when not checked.'),
  },
  uniques: [{ name: 'participations_event_company_relation_unique', properties: ['event', 'company', 'relation'] }],
});
