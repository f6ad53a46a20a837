import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';

import { userSchema } from '../schemas';
import { protectedProcedure } from '../trpc';

export const authRouter = {
  me: protectedProcedure
    .meta({ openapi: { method: 'GET', path: '/me', tags: ['auth'], summary: 'The caller' } })
    .input(z.strictObject({}).optional())
    .output(userSchema)
    .query(({ ctx }) => ctx.user),
} satisfies TRPCRouterRecord;
