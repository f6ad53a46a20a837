import { defineEntity, p } from '@mikro-orm/core';

/** An account of the chat API. `role` decides access to admin procedures; a disabled user cannot authenticate. */
export const User = defineEntity({
  name: 'User',
  tableName: 'users',
  properties: {
    id: p.string().primary(),
    email: p.string().unique('users_email_unique'),
    role: p.enum(['user', 'admin'] as const).default('user'),
    createdAt: p.string().fieldName('created_at'),
    disabledAt: p.string().fieldName('disabled_at').nullable(),
  },
});

export type UserRole = 'user' | 'admin';
