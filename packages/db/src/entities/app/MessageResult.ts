import { defineEntity, p } from '@mikro-orm/core';

import { Message } from './Message';

/** The full result of an assistant message (up to the engine's row cap), paged by `chat.result`. */
export const MessageResult = defineEntity({
  name: 'MessageResult',
  tableName: 'message_results',
  properties: {
    message: () => p.oneToOne(Message).fieldName('message_id').primary().deleteRule('cascade'),
    columns: p.text(),
    rows: p.text(),
    rowCount: p.integer().fieldName('row_count'),
    truncated: p.boolean(),
  },
});
