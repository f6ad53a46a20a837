import { defineEntity, p } from '@mikro-orm/core';

import { User } from './User';

/** A conversation owned by one user; its messages are ordered by `seq`. */
export const Chat = defineEntity({
  name: 'Chat',
  tableName: 'chats',
  properties: {
    id: p.string().primary(),
    user: () => p.manyToOne(User).fieldName('user_id').deleteRule('cascade'),
    title: p.string(),
    createdAt: p.string().fieldName('created_at'),
    updatedAt: p.string().fieldName('updated_at'),
  },
  indexes: [{ name: 'chats_user_id_updated_at_index', properties: ['user', 'updatedAt'] }],
});
