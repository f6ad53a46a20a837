import { defineEntity, p } from '@mikro-orm/core';

import { Message } from './Message';

/**
 * The first page of an assistant message's result with its total, and the bound values of its statement: `chat.result`
 * serves the stored page and asks the engine for the others.
 */
export const MessageResult = defineEntity({
  name: 'MessageResult',
  tableName: 'message_results',
  properties: {
    message: () => p.oneToOne(Message).fieldName('message_id').primary().deleteRule('cascade'),
    columns: p.text(),
    rows: p.text(),
    rowCount: p.integer().fieldName('row_count'),
    truncated: p.boolean(),
    /** The statement's bound values, JSON. */
    params: p.text().default('[]'),
  },
});
