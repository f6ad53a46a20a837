import { z } from 'zod';

import { publicProcedure } from '../trpc';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['ok', 'unavailable']),
  time: z.string(),
});

export const healthProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/health',
      tags: ['health'],
      summary: 'Liveness and database check',
      protect: false,
    },
  })
  .input(z.strictObject({}).optional())
  .output(healthSchema)
  .query(async ({ ctx }) => {
    const database: 'ok' | 'unavailable' = (await ctx.services.store.ping()) ? 'ok' : 'unavailable';
    return {
      status: database === 'ok' ? ('ok' as const) : ('degraded' as const),
      database,
      time: new Date().toISOString(),
    };
  });
