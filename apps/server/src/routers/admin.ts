import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';

import { DuplicateEmailError } from '../errors';
import { cursorSchema, idSchema, limitSchema, userSchema } from '../schemas';
import { adminProcedure, createTRPCRouter } from '../trpc';

const usersRouter = {
  list: adminProcedure
    .meta({ openapi: { method: 'GET', path: '/admin/users', tags: ['admin'], summary: 'All users' } })
    .input(z.strictObject({ cursor: cursorSchema.optional(), limit: limitSchema(200, 50) }))
    .output(z.object({ items: z.array(userSchema), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => ctx.store.users.listUsers(input)),

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
    .mutation(({ ctx, input }) => {
      try {
        return ctx.store.users.createUser({ email: input.email, role: input.role });
      } catch (error) {
        if (error instanceof DuplicateEmailError)
          throw new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
        throw error;
      }
    }),

  disable: adminProcedure
    .meta({
      openapi: { method: 'POST', path: '/admin/users/{userId}/disable', tags: ['admin'], summary: 'Disable a user' },
    })
    .input(z.strictObject({ userId: idSchema }))
    .output(userSchema)
    .mutation(({ ctx, input }) => {
      if (input.userId === ctx.user.id) {
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'userId: an admin cannot disable their own account' });
      }
      const user = ctx.store.users.disableUser(input.userId);
      if (!user) throw new TRPCError({ code: 'NOT_FOUND', message: `User ${input.userId} not found` });
      return user;
    }),
} satisfies TRPCRouterRecord;

export const adminRouter = createTRPCRouter({ users: usersRouter });
