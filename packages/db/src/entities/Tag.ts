import { defineEntity, p } from '@mikro-orm/core';

/** The vocabulary of event industry tags, kept as data (seeded from derive's EVENT_TAGS by ingestion). */
export const Tag = defineEntity({
  name: 'Tag',
  tableName: 'tags',
  comment:
    'Vocabulary of event industry/theme tags (e.g. oil_gas, finance_banking, food_beverage). Join with event_tags.',
  properties: {
    tag: p.text().primary().comment('Tag key, e.g. "oil_gas", "finance_banking", "food_beverage".'),
    label: p.text().comment('Human label of the tag, e.g. "Oil & Gas".'),
    description: p.text().nullable().comment('What kind of events carry this tag.'),
  },
});
