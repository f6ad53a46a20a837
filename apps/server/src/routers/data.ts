import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';

import { chartSchema } from '../charts/chartSpec';
import { chooseChart } from '../charts/chooseChart';
import { answerStatusSchema, limitSchema, reasonSchema } from '../schemas';
import { estimateCostUsd } from '../services/ServiceLimits';
import { meteredProcedure, protectedProcedure } from '../trpc';

const columnSchema = z.object({
  name: z.string(),
  type: z.string(),
  nullable: z.boolean(),
  description: z.string(),
  values: z.array(z.string()).optional(),
});

const tableSchema = z.object({
  name: z.string(),
  description: z.string(),
  columns: z.array(columnSchema),
  primaryKey: z.array(z.string()),
  foreignKeys: z.array(
    z.object({ column: z.string(), references: z.object({ table: z.string(), column: z.string() }) }),
  ),
});

export const dataRouter = {
  schema: protectedProcedure
    .meta({
      openapi: { method: 'GET', path: '/schema', tags: ['data'], summary: 'Tables and columns the engine can query' },
    })
    .input(z.strictObject({}).optional())
    .output(z.object({ tables: z.array(tableSchema) }))
    .query(({ ctx }) => ({
      tables: ctx.services.engine.schema().map((t) => ({
        name: t.name,
        description: t.description,
        columns: t.columns.map((c) => ({
          name: c.name,
          type: c.type,
          nullable: c.nullable,
          description: c.description,
          ...(c.values ? { values: [...c.values] } : {}),
        })),
        primaryKey: [...t.primaryKey],
        foreignKeys: t.foreignKeys.map((f) => ({ column: f.column, references: { ...f.references } })),
      })),
    })),

  suggestions: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/suggestions',
        tags: ['data'],
        summary: 'Example questions the data can answer',
      },
    })
    .input(z.strictObject({ limit: limitSchema(20, 8) }).prefault({}))
    .output(
      z.object({
        suggestions: z.array(z.object({ question: z.string(), topic: z.enum(['events', 'companies', 'people']) })),
      }),
    )
    .query(async ({ ctx, input }) => ({ suggestions: await ctx.services.chat.suggestions(input.limit) })),

  run: meteredProcedure
    .meta({
      openapi: { method: 'POST', path: '/sql', tags: ['data'], summary: 'Run a user-edited SELECT through the guard' },
    })
    .input(
      z.strictObject({
        sql: z
          .string()
          .trim()
          .min(1, 'must not be empty or only whitespace')
          .max(20_000, 'must be at most 20000 characters'),
        limit: limitSchema(1000, 100),
      }),
    )
    .output(
      z.object({
        status: answerStatusSchema,
        reason: reasonSchema.nullable(),
        text: z.string(),
        sql: z.string().nullable(),
        columns: z.array(z.string()),
        rows: z.array(z.array(z.unknown())),
        rowCount: z.number().int().nonnegative(),
        truncated: z.boolean(),
        chart: chartSchema.nullable(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      // The user identity reaches the query pool: its per-user cap keeps one user from stalling others.
      const answer = await ctx.services.engine.runSql(input.sql, { user: ctx.user.id });
      await ctx.services.store.usage.recordSqlRun(
        ctx.user.id,
        answer,
        estimateCostUsd(answer.usage, ctx.services.limits),
      );
      return {
        status: answer.status,
        reason: answer.reason ? { code: answer.reason.code, message: answer.reason.message } : null,
        text: answer.text,
        sql: answer.sql,
        columns: answer.columns,
        rows: answer.rows.slice(0, input.limit),
        rowCount: answer.rowCount,
        truncated: answer.truncated || answer.rows.length > input.limit,
        chart: answer.status === 'answered' ? chooseChart(answer.columns, answer.rows, answer.rowCount) : null,
      };
    }),
} satisfies TRPCRouterRecord;
