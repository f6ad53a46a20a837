import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';

import { apiKeySchema, idSchema } from '../schemas';
import { protectedProcedure } from '../trpc';

export const keysRouter = {
  create: protectedProcedure
    .meta({
      openapi: { method: 'POST', path: '/keys', tags: ['keys'], summary: 'Create an API key (shown once)' },
      description: 'The key is returned once and stored only as a hash: keep it.',
    })
    .input(z.strictObject({ name: z.string().trim().min(1, 'must not be empty').max(100).default('default') }))
    .output(z.object({ key: apiKeySchema, apiKey: z.string() }))
    .mutation(({ ctx, input }) => ctx.store.users.createApiKey(ctx.user.id, input.name)),

  list: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/keys',
        tags: ['keys'],
        summary: "The caller's API keys (never the keys themselves)",
      },
    })
    .input(z.strictObject({}))
    .output(z.object({ items: z.array(apiKeySchema) }))
    .query(({ ctx }) => ({ items: ctx.store.users.listApiKeys(ctx.user.id) })),

  revoke: protectedProcedure
    .meta({ openapi: { method: 'DELETE', path: '/keys/{keyId}', tags: ['keys'], summary: 'Revoke an API key' } })
    .input(z.strictObject({ keyId: idSchema }))
    .output(apiKeySchema)
    .mutation(({ ctx, input }) => {
      const key = ctx.store.users.revokeApiKey(ctx.user.id, input.keyId);
      if (!key) throw new TRPCError({ code: 'NOT_FOUND', message: `API key ${input.keyId} not found` });
      return key;
    }),
} satisfies TRPCRouterRecord;
