import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';

import { conceptOptions, optionKindSchema } from '../learn/conceptOptions';
import { conceptInputSchema, conceptSchema } from '../learn/glossaryConcept';
import { cursorSchema, idSchema, isoDateTime, limitSchema } from '../schemas';
import { protectedProcedure } from '../trpc';

export const glossaryTermSchema = z.object({
  id: z.string(),
  term: z.string(),
  scope: z.enum(['workspace', 'personal']),
  concept: conceptSchema,
  createdBy: z.object({ id: z.string(), email: z.string() }).nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

/** `glossary.*`: the team's own words (workspace terms, edited by admins) and each user's personal terms. */
export const glossaryRouter = {
  list: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/glossary',
        tags: ['glossary'],
        summary: "The workspace's terms and your personal ones (personal first, then by term), a page at a time",
      },
    })
    .input(z.strictObject({ cursor: cursorSchema.optional(), limit: limitSchema(500, 100) }).prefault({}))
    .output(z.object({ items: z.array(glossaryTermSchema), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => ctx.services.store.glossary.listPage(ctx.user.id, input)),

  options: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/glossary/options',
        tags: ['glossary'],
        summary: 'Values a term may mean, of one kind (what `upsert` accepts), matching a search',
      },
      description:
        "The data's event themes (tags), industries, countries, events and companies, or the engine's job functions, " +
        'seniorities and comparable columns, each as the value to send and a label to show.',
    })
    .input(
      z.strictObject({
        kind: optionKindSchema,
        search: z.string().trim().max(200).default(''),
        limit: limitSchema(200, 50),
      }),
    )
    .output(z.object({ items: z.array(z.object({ value: z.string(), label: z.string() })) }))
    .query(async ({ ctx, input }) => ({
      items: await conceptOptions(ctx.services.store.sql, input.kind, input.search, input.limit),
    })),

  upsert: protectedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/glossary',
        tags: ['glossary'],
        summary: 'Add a term, or change what it means (workspace terms: admins)',
      },
      description:
        'A word or phrase mapped to a concept the engine understands (tag, industry, countries, job function, seniority, ' +
        'named events or companies, a numeric condition, or other words). The concept is checked against the data; a ' +
        'built-in word needs `override: true`. It applies from the next question; answers using it name it in their interpretation.',
    })
    .input(
      z.strictObject({
        term: z
          .string()
          .trim()
          .min(1, 'must not be empty or only whitespace')
          .max(100, 'must be at most 100 characters'),
        concept: conceptInputSchema,
        scope: z.enum(['workspace', 'personal']).default('personal'),
        override: z.boolean().default(false).describe('allow a term that is also a built-in word'),
      }),
    )
    .output(glossaryTermSchema)
    .mutation(({ ctx, input }) => ctx.services.learn.upsertTerm(ctx.user, input)),

  remove: protectedProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/glossary/{termId}',
        tags: ['glossary'],
        summary: 'Remove a personal term of yours, or (admins) a workspace term',
      },
    })
    .input(z.strictObject({ termId: idSchema }))
    .output(z.object({ termId: z.string(), removed: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await ctx.services.learn.removeTerm(ctx.user, input.termId);
      return { termId: input.termId, removed: true as const };
    }),
} satisfies TRPCRouterRecord;
