import { defineEntity, p } from '@mikro-orm/core';

import { Message } from './Message';
import { User } from './User';

/** A user's thumbs up or down on an assistant answer of their own chat, with an optional comment. */
export const MessageRating = defineEntity({
  name: 'MessageRating',
  tableName: 'message_ratings',
  properties: {
    message: () => p.oneToOne(Message).fieldName('message_id').primary().deleteRule('cascade'),
    user: () => p.manyToOne(User).fieldName('user_id').deleteRule('cascade'),
    rating: p.enum(['up', 'down'] as const),
    comment: p.text().nullable(),
    createdAt: p.string().fieldName('created_at'),
    updatedAt: p.string().fieldName('updated_at'),
  },
});
