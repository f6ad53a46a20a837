import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';

import { InvalidRequestError, NotFoundError } from '../errors';
import { apiKeySchema, cursorSchema, idSchema, limitSchema, userSchema } from '../schemas';
import { adminProcedure, createTRPCRouter } from '../trpc';

const usersRouter = {
  list: adminProcedure
    .meta({ openapi: { method: 'GET', path: '/admin/users', tags: ['admin'], summary: 'All users' } })
    .input(z.strictObject({ cursor: cursorSchema.optional(), limit: limitSchema(200, 50) }).prefault({}))
    .output(z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => ctx.services.store.users.listUsers(input)),

  create: adminProcedure
    .meta({
      openapi: { method: 'POST', path: '/admin/users', tags: ['admin'], summary: 'Create a user with a first API key' },
    })
    .input(
      z.strictObject({
        email: z.email({ error: 'expected an e-mail address' }).max(320),
        role: z.enum(['user', 'admin']).default('user'),
      }),
    )
    .output(z.object({ user: userSchema, apiKey: z.string() }))
    .mutation(({ ctx, input }) => ctx.services.store.users.createUser({ email: input.email, role: input.role })),

  issueKey: adminProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/admin/users/{userId}/keys',
        tags: ['admin'],
        summary: 'Issue a new API key to an existing user (shown once)',
      },
      description: 'For a user who lost or revoked their keys. The key is returned once and stored only as a hash.',
    })
    .input(
      z.strictObject({
        userId: idSchema,
        name: z.string().trim().min(1, 'must not be empty').max(100).default('issued by an admin'),
      }),
    )
    .output(z.object({ user: userSchema, key: apiKeySchema, apiKey: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.services.store.users.getUser(input.userId);
      if (!user) throw new NotFoundError(`User ${input.userId} not found`);
      return { user, ...(await ctx.services.store.users.createApiKey(user.id, input.name)) };
    }),

  disable: adminProcedure
    .meta({
      openapi: { method: 'POST', path: '/admin/users/{userId}/disable', tags: ['admin'], summary: 'Disable a user' },
    })
    .input(z.strictObject({ userId: idSchema }))
    .output(userSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.userId === ctx.user.id) {
        throw new InvalidRequestError('userId: an admin cannot disable their own account');
      }
      const user = await ctx.services.store.users.disableUser(input.userId);
      if (!user) throw new NotFoundError(`User ${input.userId} not found`);
      return user;
    }),
} satisfies TRPCRouterRecord;

export const adminRouter = createTRPCRouter({ users: usersRouter });
