import { defineEntity, p } from '@mikro-orm/core';

import { User } from './User';

/**
 * A user's API key. Only the SHA-256 `hash` of the key is stored (compared with
 * `crypto.timingSafeEqual`); `prefix` (the first characters of the key) finds the row.
 */
export const ApiKey = defineEntity({
  name: 'ApiKey',
  tableName: 'api_keys',
  properties: {
    id: p.string().primary(),
    user: () => p.manyToOne(User).fieldName('user_id').deleteRule('cascade').index('api_keys_user_id_index'),
    name: p.string(),
    prefix: p.string().unique('api_keys_prefix_unique'),
    hash: p.string(),
    createdAt: p.string().fieldName('created_at'),
    lastUsedAt: p.string().fieldName('last_used_at').nullable(),
    revokedAt: p.string().fieldName('revoked_at').nullable(),
  },
});
