import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';

import { ForbiddenError } from '../errors';
import { idSchema, usageRowSchema } from '../schemas';
import { protectedProcedure } from '../trpc';

/** [from, to) of a calendar month 'YYYY-MM' (UTC). */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(y, m - 1, 1)).toISOString(), to: new Date(Date.UTC(y, m, 1)).toISOString() };
}

export const usageRouter = {
  summary: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/usage',
        tags: ['usage'],
        summary:
          'Messages, rows, tokens, estimated cost and the way answers were written (offline, llm, offline+llm) per user and month',
      },
    })
    .input(
      z
        .strictObject({
          month: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM')
            .optional(),
          scope: z.enum(['me', 'all']).default('me'),
          userId: idSchema.optional().describe('one user (admins; others may only name themselves)'),
        })
        // No input at all is the caller's own current month.
        .prefault({}),
    )
    .output(
      z.object({
        month: z.string(),
        from: z.string(),
        to: z.string(),
        users: z.array(usageRowSchema),
        monthlyMessageQuota: z.number().int(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const isAdmin = ctx.user.role === 'admin';
      if (input.scope === 'all' && !isAdmin) {
        throw new ForbiddenError('Only admins may see all users (scope "all")');
      }
      if (input.userId !== undefined && input.userId !== ctx.user.id && !isAdmin) {
        throw new ForbiddenError("Only admins may see another user's usage");
      }
      const month = input.month ?? new Date().toISOString().slice(0, 7);
      const range = monthRange(month);
      return {
        month,
        ...range,
        users: await ctx.services.store.usage.summary({
          userId: input.userId ?? (input.scope === 'all' ? null : ctx.user.id),
          ...range,
        }),
        monthlyMessageQuota: ctx.services.limits.monthlyMessageQuota,
      };
    }),
} satisfies TRPCRouterRecord;
