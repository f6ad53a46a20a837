import { defineEntity, p } from '@mikro-orm/core';

import { Message } from './Message';
import { User } from './User';

/**
 * A question with the answer a user confirmed: the offline engine's structured request (JSON) or the
 * SQL a model wrote. Kept when its chat is deleted (the source message becomes null).
 */
export const VerifiedExample = defineEntity({
  name: 'VerifiedExample',
  tableName: 'verified_examples',
  properties: {
    id: p.string().primary(),
    question: p.text(),
    generator: p.string(),
    request: p.text().nullable(),
    sql: p.text().nullable(),
    interpretation: p.text().nullable(),
    verifiedBy: () => p.manyToOne(User).fieldName('verified_by').nullable().deleteRule('set null'),
    sourceMessage: () =>
      p
        .oneToOne(Message)
        .fieldName('source_message_id')
        .nullable()
        .deleteRule('set null')
        .unique('verified_examples_source_message_id_unique'),
    createdAt: p.string().fieldName('created_at'),
    updatedAt: p.string().fieldName('updated_at'),
  },
});
