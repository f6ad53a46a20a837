import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';

import { NotFoundError } from '../errors';
import { apiKeySchema, flagSchema, idSchema } from '../schemas';
import { protectedProcedure } from '../trpc';

export const keysRouter = {
  create: protectedProcedure
    .meta({
      openapi: { method: 'POST', path: '/keys', tags: ['keys'], summary: 'Create an API key (shown once)' },
      description: 'The key is returned once and stored only as a hash: keep it.',
    })
    .input(z.strictObject({ name: z.string().trim().min(1, 'must not be empty').max(100).default('default') }))
    .output(z.object({ key: apiKeySchema, apiKey: z.string() }))
    .mutation(({ ctx, input }) => ctx.services.store.users.createApiKey(ctx.user.id, input.name)),

  list: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/keys',
        tags: ['keys'],
        summary: "The caller's API keys (never the keys themselves)",
      },
    })
    .input(z.strictObject({}).optional())
    .output(z.object({ items: z.array(apiKeySchema) }))
    .query(async ({ ctx }) => ({ items: await ctx.services.store.users.listApiKeys(ctx.user.id) })),

  revoke: protectedProcedure
    .meta({
      openapi: { method: 'DELETE', path: '/keys/{keyId}', tags: ['keys'], summary: 'Revoke an API key' },
      description:
        'Revoking your last active key is refused (409, reason LAST_API_KEY) unless `force` is true: without a key there is no way back in.',
    })
    .input(
      z.strictObject({
        keyId: idSchema,
        force: flagSchema.default(false).describe('revoke even the last active key (REST: ?force=true)'),
      }),
    )
    .output(apiKeySchema)
    .mutation(async ({ ctx, input }) => {
      const key = await ctx.services.store.users.revokeApiKey(ctx.user.id, input.keyId, { force: input.force });
      if (!key) throw new NotFoundError(`API key ${input.keyId} not found`);
      return key;
    }),
} satisfies TRPCRouterRecord;
