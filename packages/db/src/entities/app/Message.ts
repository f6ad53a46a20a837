import { defineEntity, p } from '@mikro-orm/core';

import { Chat } from './Chat';

/**
 * One turn of a chat. User messages carry `text` (and the client's idempotency id);
 * assistant messages carry the engine's answer: status (`pending` from the moment the question is
 * stored, so a question never lacks an outcome, even after a crash) with a typed reason, SQL,
 * interpretation, columns, a preview of rows, the total row count, latency and token usage; a
 * `clarify` answer carries its question back (question, part, options) in `clarification`.
 * JSON columns hold JSON text.
 */
export const Message = defineEntity({
  name: 'Message',
  tableName: 'messages',
  properties: {
    id: p.string().primary(),
    chat: () => p.manyToOne(Chat).fieldName('chat_id').deleteRule('cascade'),
    seq: p.integer(),
    role: p.enum(['user', 'assistant'] as const),
    kind: p.enum(['greeting', 'question', 'answer'] as const),
    text: p.text(),
    clientMessageId: p.string().fieldName('client_message_id').nullable(),
    replyTo: p.string().fieldName('reply_to_id').nullable().unique('messages_reply_to_id_unique'),
    status: p.enum(['pending', 'answered', 'clarify', 'refused', 'failed'] as const).nullable(),
    reasonCode: p.string().fieldName('reason_code').nullable(),
    reasonMessage: p.text().fieldName('reason_message').nullable(),
    sql: p.text().nullable(),
    interpretation: p.text().nullable(),
    understanding: p.text().nullable(),
    columns: p.text().nullable(),
    preview: p.text().nullable(),
    rowCount: p.integer().fieldName('row_count').nullable(),
    truncated: p.boolean().nullable(),
    latencyMs: p.integer().fieldName('latency_ms').nullable(),
    usage: p.text().nullable(),
    clarification: p.text().nullable(),
    /** Which way of writing SQL answered: 'offline', 'llm' or 'offline+llm' (answers only). */
    path: p.enum(['offline', 'llm', 'offline+llm'] as const).nullable(),
    createdAt: p.string().fieldName('created_at'),
    /** The server process computing a `pending` answer (its lease in `server_leases`). */
    ownerId: p.string().fieldName('owner_id').nullable(),
  },
  uniques: [
    { name: 'messages_chat_id_seq_unique', properties: ['chat', 'seq'] },
    { name: 'messages_chat_id_client_message_id_unique', properties: ['chat', 'clientMessageId'] },
  ],
});
