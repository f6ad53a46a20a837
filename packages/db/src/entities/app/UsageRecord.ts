import { defineEntity, p } from '@mikro-orm/core';

import { User } from './User';

/**
 * One billable use: a chat message (`kind = 'message'`, counted against the monthly quota) or a
 * user-edited SQL run (`kind = 'sql'`). Kept when the chat is deleted (chat/message ids are plain
 * columns, not foreign keys), so deleting a chat never resets a quota.
 */
export const UsageRecord = defineEntity({
  name: 'UsageRecord',
  tableName: 'usage_records',
  properties: {
    id: p.integer().primary().autoincrement(),
    user: () => p.manyToOne(User).fieldName('user_id').deleteRule('cascade'),
    kind: p.enum(['message', 'sql'] as const),
    chatId: p.string().fieldName('chat_id').nullable(),
    messageId: p.string().fieldName('message_id').nullable(),
    createdAt: p.string().fieldName('created_at'),
    rowsReturned: p.integer().fieldName('rows_returned').default(0),
    promptTokens: p.integer().fieldName('prompt_tokens').default(0),
    completionTokens: p.integer().fieldName('completion_tokens').default(0),
    provider: p.string().nullable(),
    model: p.string().nullable(),
    estimated: p.boolean().default(false),
    costUsd: p.double().fieldName('cost_usd').default(0),
    /** Which way of writing SQL answered a message: 'offline', 'llm' or 'offline+llm' (null: a SQL run, or older). */
    path: p.enum(['offline', 'llm', 'offline+llm'] as const).nullable(),
  },
  indexes: [{ name: 'usage_records_user_id_created_at_index', properties: ['user', 'createdAt'] }],
});
