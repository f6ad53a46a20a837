import { z } from 'zod';

import { ANSWER_PATHS } from '@musaeid/core/answer-paths';
import { reasonCodeSchema } from './reasonCodes';
import { chartSchema } from './charts/chartSpec';

/**
 * Plain data shapes of the API (zod, shared by routers and the store). Nothing here refers to
 * database types, so the router's type — and the SDK's declarations — stay free of them.
 */
export const idSchema = z.uuid({ error: 'expected an id (UUID)' });
export const isoDateTime = z.iso.datetime();

/**
 * A yes/no flag that also arrives as a REST query string (`?force=false`). A plain `z.boolean()` is
 * coerced there by trpc-to-openapi with `Boolean(string)`, which reads "false" as true; this takes
 * a boolean, or exactly "true" / "false", and refuses anything else.
 */
export const flagSchema = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .transform((value) => value === true || value === 'true');

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(['user', 'admin']),
  createdAt: isoDateTime,
  disabledAt: isoDateTime.nullable(),
});
export type UserDto = z.infer<typeof userSchema>;

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export type ApiKeyDto = z.infer<typeof apiKeySchema>;

export const tokenUsageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  provider: z.string(),
  model: z.string().nullable(),
  estimated: z.boolean(),
});

/** How the engine ended: `clarify` asks the user a question back (see `clarification`). */
export const answerStatusSchema = z.enum(['answered', 'clarify', 'refused', 'failed']);
/** A stored answer may also be `pending`: reserved with its question, filled when the engine is done. */
export const storedAnswerStatusSchema = z.enum(['pending', ...answerStatusSchema.options]);

/** Why an answer was refused or failed: one closed set of codes (core's plus the server's own). */
export const reasonSchema = z.object({ code: reasonCodeSchema, message: z.string() });

/** What choosing an option stands for: the asked-about words of the question replaced by others. */
export const clarifyChoiceSchema = z.object({
  part: z.string().describe('the words of the question the clarification is about'),
  replacement: z.string().describe("the words that replace them ('' = left out)"),
  question: z.string().describe('the question as it reads with this option chosen'),
});
export type ClarifyChoiceDto = z.infer<typeof clarifyChoiceSchema>;

/**
 * The question back of a `clarify` answer. Continue it with `chat.send({ chatId, replyTo: messageId,
 * choice: optionId })`, or by sending a typed reply (an option's label or id also works as text).
 */
export const clarificationSchema = z.object({
  question: z.string(),
  part: z.string().describe('the words of the question it is about'),
  options: z.array(
    z.object({
      id: z.string().describe("stable within the answer: 'o1', 'o2', ..."),
      label: z.string().describe('what the user sees and may type back'),
      choice: clarifyChoiceSchema
        .nullable()
        .describe('the structured choice the option stands for (null when the engine gave none)'),
    }),
  ),
});
export type ClarificationDto = z.infer<typeof clarificationSchema>;

/** Which way of writing SQL answered (see core's `AnswerPath`). */
export const answerPathSchema = z
  .enum(ANSWER_PATHS)
  .describe(
    "'offline': the offline parser (no model call); 'offline+llm': the model, after the parser could not map part of the question; 'llm': the model alone",
  );

export const answerSchema = z.object({
  status: storedAnswerStatusSchema,
  reason: reasonSchema.nullable(),
  sql: z.string().nullable(),
  interpretation: z.string().nullable(),
  columns: z.array(z.string()),
  preview: z.array(z.array(z.unknown())),
  rowCount: z.number().int().nonnegative(),
  truncated: z.boolean(),
  latencyMs: z.number().int().nonnegative(),
  usage: z.array(tokenUsageSchema),
  /** Present (non-null) on `clarify` answers only. */
  clarification: clarificationSchema.nullable(),
  /** Which way of writing SQL answered (null while pending, for failures outside the engine, and older answers). */
  path: answerPathSchema.nullable(),
  /** A chart of the result chosen by rules from its columns (`charts/chooseChart`), or null. */
  chart: chartSchema.nullable(),
});
export type AnswerDto = z.infer<typeof answerSchema>;

export const messageSchema = z.object({
  id: z.string(),
  chatId: z.string(),
  seq: z.number().int().nonnegative(),
  role: z.enum(['user', 'assistant']),
  kind: z.enum(['greeting', 'question', 'answer']),
  text: z.string(),
  clientMessageId: z.string().nullable(),
  replyToId: z.string().nullable(),
  createdAt: isoDateTime,
  /** Present on assistant answers only. */
  answer: answerSchema.nullable(),
  /** The owner's rating of this answer (`message.rate`), or null when not rated (and on every other message). */
  rating: z
    .object({ rating: z.enum(['up', 'down']), comment: z.string().nullable(), updatedAt: isoDateTime })
    .nullable(),
});
export type MessageDto = z.infer<typeof messageSchema>;

export const chatSchema = z.object({
  id: z.string(),
  title: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ChatDto = z.infer<typeof chatSchema>;

export const exchangeSchema = z.object({
  userMessage: messageSchema,
  assistantMessage: messageSchema,
});
export type ExchangeDto = z.infer<typeof exchangeSchema>;

export const resultPageSchema = z.object({
  messageId: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  offset: z.number().int().nonnegative(),
  rowCount: z.number().int().nonnegative().describe('Rows in the whole result (at least this many when `truncated`)'),
  truncated: z.boolean().describe('True when counting stopped at the count limit: `rowCount` is then a lower bound'),
  nextOffset: z.number().int().nonnegative().nullable(),
  sort: z
    .object({ column: z.string(), direction: z.enum(['asc', 'desc']) })
    .nullable()
    .describe("The order the page was read in (null: the answer's own order)"),
});
export type ResultPageDto = z.infer<typeof resultPageSchema>;

export const resultTotalSchema = z.object({
  messageId: z.string(),
  rowCount: z.number().int().nonnegative().describe('Rows in the whole result, counted to the end'),
});
export type ResultTotalDto = z.infer<typeof resultTotalSchema>;

export const usageRowSchema = z.object({
  userId: z.string(),
  email: z.string(),
  messages: z.number().int().nonnegative(),
  sqlRuns: z.number().int().nonnegative(),
  rowsReturned: z.number().int().nonnegative(),
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  estimatedCostUsd: z.number().nonnegative(),
  /** Messages answered by each way of writing SQL (the rest: pending, failed outside the engine, or older). */
  paths: z.object({
    offline: z.number().int().nonnegative(),
    llm: z.number().int().nonnegative(),
    'offline+llm': z.number().int().nonnegative(),
  }),
});
export type UsageRowDto = z.infer<typeof usageRowSchema>;

/** Chat message text: trimmed, not empty, at most 2,000 characters. */
export const questionText = z
  .string()
  .trim()
  .min(1, 'must not be empty or only whitespace')
  .max(2000, 'must be at most 2000 characters');

/** Client-chosen idempotency id of a message: 1-100 characters of [A-Za-z0-9._:-]. */
export const clientMessageIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,100}$/, 'expected 1-100 characters of letters, digits, ".", "_", ":" or "-"')
  .meta({ example: 'msg-2025-03-01-001' });

/** An opaque page cursor as returned in `nextCursor`. */
export const cursorSchema = z
  .string()
  .max(500)
  .refine((c) => /^[A-Za-z0-9_-]+$/.test(c) && Buffer.from(c, 'base64url').toString('utf8').includes('|'), {
    error: 'expected a nextCursor value returned by an earlier page',
  });

export const limitSchema = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
