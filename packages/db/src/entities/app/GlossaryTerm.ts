import { defineEntity, p } from '@mikro-orm/core';

import { User } from './User';

/**
 * A word or phrase a team (user null: the workspace) or one user taught: `concept` (JSON) is what it
 * means in the engine's terms (a tag, industry, countries, job function, named events or companies,
 * a numeric condition); `termKey` is the term normalised as the parser reads words.
 */
export const GlossaryTerm = defineEntity({
  name: 'GlossaryTerm',
  tableName: 'glossary_terms',
  properties: {
    id: p.string().primary(),
    user: () => p.manyToOne(User).fieldName('user_id').nullable().deleteRule('cascade'),
    term: p.text(),
    termKey: p.text().fieldName('term_key'),
    concept: p.text(),
    createdBy: () => p.manyToOne(User).fieldName('created_by').nullable().deleteRule('set null'),
    createdAt: p.string().fieldName('created_at'),
    updatedAt: p.string().fieldName('updated_at'),
  },
});
