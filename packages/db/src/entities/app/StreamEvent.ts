import { defineEntity, p } from '@mikro-orm/core';

import { Message } from './Message';

/**
 * One event of an answer's `chat.stream` (progress, clarification, the stored exchange) as JSON
 * text, numbered by `id` in the order it happened: what a client reconnecting to any server process
 * with its last event id is replayed.
 */
export const StreamEvent = defineEntity({
  name: 'StreamEvent',
  tableName: 'stream_events',
  properties: {
    id: p.integer().primary().autoincrement(),
    answer: () => p.manyToOne(Message).fieldName('answer_id').deleteRule('cascade'),
    event: p.text(),
    createdAt: p.string().fieldName('created_at'),
  },
});
