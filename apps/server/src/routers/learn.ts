import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';

import { cursorSchema, idSchema, isoDateTime, limitSchema, questionText } from '../schemas';
import { adminProcedure, protectedProcedure } from '../trpc';

const userRefSchema = z.object({ id: z.string(), email: z.string() });

export const ratingSchema = z.object({
  messageId: z.string(),
  rating: z.enum(['up', 'down']),
  comment: z.string().nullable(),
  updatedAt: isoDateTime,
});

export const exampleSchema = z.object({
  id: z.string(),
  question: z.string(),
  generator: z.string().describe("'offline' (a structured request) or 'llm' (SQL written by a model)"),
  sql: z.string().nullable(),
  interpretation: z.string().nullable(),
  request: z.unknown().describe("the offline engine's structured request (JSON), or null"),
  verifiedBy: userRefSchema.nullable(),
  sourceMessageId: z.string().nullable().describe('the up-rated answer it came from (null once its chat is deleted)'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const feedbackSchema = z.object({
  messageId: z.string(),
  chatId: z.string(),
  user: userRefSchema,
  question: z.string(),
  sql: z.string().nullable(),
  interpretation: z.string().nullable(),
  answer: z.string(),
  comment: z.string(),
  ratedAt: isoDateTime,
});

/** `message.*`: feedback on the caller's own answers. */
export const messageRouter = {
  rate: protectedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/messages/{messageId}/rating',
        tags: ['feedback'],
        summary: 'Rate an answer of your own chat (up: it becomes a verified example)',
      },
      description:
        'An up-rated answer is stored as a verified example (its question with the structured request or SQL) and ' +
        'reused for the same question later; a down-rated one with a comment is kept for the admins (`feedback.list`). ' +
        'Rating again replaces the earlier rating.',
    })
    .input(
      z.strictObject({
        messageId: idSchema,
        rating: z.enum(['up', 'down']),
        comment: z
          .string()
          .trim()
          .max(2000, 'must be at most 2000 characters')
          .optional()
          .transform((c) => (c ? c : null)),
      }),
    )
    .output(z.object({ rating: ratingSchema, exampleId: z.string().nullable() }))
    .mutation(({ ctx, input }) => ctx.services.learn.rate(ctx.user.id, input)),
} satisfies TRPCRouterRecord;

/** `examples.*`: the verified examples (admins). */
export const examplesRouter = {
  list: adminProcedure
    .meta({
      openapi: { method: 'GET', path: '/examples', tags: ['feedback'], summary: 'Verified examples, newest first' },
    })
    .input(z.strictObject({ cursor: cursorSchema.optional(), limit: limitSchema(200, 50) }).prefault({}))
    .output(z.object({ items: z.array(exampleSchema), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => ctx.services.store.learn.listExamples(input)),

  update: adminProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/examples/{exampleId}',
        tags: ['feedback'],
        summary: "Change a verified example's question (the words it is found and reused by)",
      },
    })
    .input(z.strictObject({ exampleId: idSchema, question: questionText }))
    .output(exampleSchema)
    .mutation(({ ctx, input }) => ctx.services.learn.updateExample(input.exampleId, input.question)),

  remove: adminProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/examples/{exampleId}',
        tags: ['feedback'],
        summary: 'Remove a verified example',
      },
    })
    .input(z.strictObject({ exampleId: idSchema }))
    .output(z.object({ exampleId: z.string(), removed: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.services.learn.removeExample(input.exampleId);
      return { exampleId: input.exampleId, removed: true as const };
    }),
} satisfies TRPCRouterRecord;

/** `feedback.*`: what users said about answers they rated down (admins). */
export const feedbackRouter = {
  list: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/feedback',
        tags: ['feedback'],
        summary: 'Down-rated answers with a comment, newest first',
      },
    })
    .input(z.strictObject({ cursor: cursorSchema.optional(), limit: limitSchema(200, 50) }).prefault({}))
    .output(z.object({ items: z.array(feedbackSchema), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => ctx.services.store.learn.listFeedback(input)),
} satisfies TRPCRouterRecord;
