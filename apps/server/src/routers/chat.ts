import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';

import { mapError } from '../errorMap';
import { NotFoundError } from '../errors';
import {
  chatSchema,
  cursorSchema,
  clientMessageIdSchema,
  exchangeSchema,
  idSchema,
  limitSchema,
  messageSchema,
  questionText,
  resultPageSchema,
  resultTotalSchema,
} from '../schemas';
import type { SendContent } from '../services/ChatService';
import { streamEventIdSchema, streamEventSchema, streamExchange, zAsyncIterable } from '../services/streamExchange';
import { meteredProcedure, protectedProcedure, streamProcedure } from '../trpc';
import { chartProcedure } from './chatChart';

const chatTitle = z
  .string()
  .trim()
  .min(1, 'must not be empty or only whitespace')
  .max(200, 'must be at most 200 characters');

/**
 * A question (`text`), or the answer to a clarification: `replyTo` (the clarify answer's message id)
 * with the `choice` of one of its options, or with a typed `text` reply.
 */
const sendFields = z.strictObject({
  chatId: idSchema,
  text: questionText.optional(),
  replyTo: idSchema.optional().describe('the clarify answer this message replies to'),
  choice: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/, 'expected an option id such as "o1"')
    .optional()
    .describe("the id of the chosen option ('o1', ...); requires replyTo"),
  remember: z
    .boolean()
    .optional()
    .describe('with replyTo: remember what the clarified words mean, as a personal glossary term'),
  clientMessageId: clientMessageIdSchema.optional(),
  asOf: z.iso.date({ error: 'expected a date YYYY-MM-DD' }).optional().meta({ example: '2025-03-01' }),
});

function refineSend(input: z.infer<typeof sendFields>, ctx: z.RefinementCtx): void {
  if (input.choice !== undefined && input.text !== undefined)
    ctx.addIssue({ code: 'custom', path: ['choice'], message: 'send either text or a choice, not both' });
  else if (input.choice !== undefined && input.replyTo === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['replyTo'],
      message: 'a choice needs replyTo (the clarification message id)',
    });
  else if (input.choice === undefined && input.text === undefined)
    ctx.addIssue({ code: 'custom', path: ['text'], message: 'required (or replyTo with a choice)' });
}

const sendInput = sendFields.superRefine(refineSend);

/** `chat.send`'s input, and to resume a stream cut short, the id of the last event received. */
const streamInput = sendFields
  .extend({
    lastEventId: streamEventIdSchema
      .optional()
      .describe(
        'resume: the eventId of the last event received; the events after it are sent (from any server), nothing is sent again',
      ),
  })
  .superRefine(refineSend);

/** The content of a send: a question or typed reply, or the choice of a clarification's option. */
function contentOf(input: z.infer<typeof sendFields>): SendContent {
  const remember = input.remember ?? false;
  if (input.choice !== undefined && input.replyTo !== undefined)
    return { replyTo: input.replyTo, choice: input.choice, remember };
  return { text: input.text ?? '', replyTo: input.replyTo ?? null, remember };
}

const notFound = (what: string, id: string) => new NotFoundError(`${what} ${id} not found`);

/** Errors thrown while a subscription streams are outside the procedure's middlewares: map them here. */
async function* mappingErrors<T>(events: AsyncGenerator<T, void, unknown>): AsyncGenerator<T, void, unknown> {
  try {
    yield* events;
  } catch (error) {
    throw mapError(error);
  }
}

export const chatRouter = {
  create: protectedProcedure
    .meta({
      openapi: { method: 'POST', path: '/chats', tags: ['chat'], summary: 'Start a chat (returns its greeting)' },
    })
    .input(z.strictObject({ title: chatTitle.optional() }).prefault({}))
    .output(z.object({ chatId: z.string(), chat: chatSchema, greeting: messageSchema }))
    .mutation(async ({ ctx, input }) => {
      const { chat, greeting } = await ctx.services.chat.createChat(ctx.user.id, input.title ?? 'New chat');
      return { chatId: chat.id, chat, greeting };
    }),

  get: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/chats/{chatId}',
        tags: ['chat'],
        summary: "A chat's timeline, a page at a time",
      },
      description:
        'The latest `limit` messages, newest last; pass `nextCursor` as `cursor` for the page before (null on the first page of the chat).',
    })
    .input(z.strictObject({ chatId: idSchema, cursor: cursorSchema.optional(), limit: limitSchema(200, 100) }))
    .output(z.object({ chat: chatSchema, messages: z.array(messageSchema), nextCursor: z.string().nullable() }))
    .query(async ({ ctx, input }) => {
      const chat = await ctx.services.store.chats.getChat(ctx.user.id, input.chatId);
      if (!chat) throw notFound('Chat', input.chatId);
      return { chat, ...(await ctx.services.store.chats.messagesPage(chat.id, input)) };
    }),

  list: protectedProcedure
    .meta({ openapi: { method: 'GET', path: '/chats', tags: ['chat'], summary: "The caller's chats, newest first" } })
    .input(z.strictObject({ cursor: cursorSchema.optional(), limit: limitSchema(100, 20) }).prefault({}))
    .output(z.object({ items: z.array(chatSchema), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => ctx.services.store.chats.listChats(ctx.user.id, input)),

  send: meteredProcedure
    .meta({
      openapi: { method: 'POST', path: '/chats/{chatId}/messages', tags: ['chat'], summary: 'Ask a question' },
      description:
        'Stores the question, runs the engine and stores the answer; a repeated clientMessageId returns the stored pair. ' +
        'To answer a clarification send `replyTo` (its message id) with `choice` (an option id) or `text`.',
    })
    .input(sendInput)
    .output(exchangeSchema)
    .mutation(({ ctx, input }) =>
      ctx.services.chat.send({
        user: ctx.user,
        chatId: input.chatId,
        content: contentOf(input),
        clientMessageId: input.clientMessageId ?? null,
        asOf: input.asOf,
      }),
    ),

  stream: streamProcedure
    .input(streamInput)
    .output(zAsyncIterable(streamEventSchema))
    .subscription(({ ctx, input, signal }) =>
      mappingErrors(
        streamExchange(ctx.services, {
          send: {
            user: ctx.user,
            chatId: input.chatId,
            content: contentOf(input),
            clientMessageId: input.clientMessageId ?? null,
            asOf: input.asOf,
          },
          lastEventId: input.lastEventId ?? null,
          signal,
        }),
      ),
    ),

  rename: protectedProcedure
    .meta({ openapi: { method: 'PATCH', path: '/chats/{chatId}', tags: ['chat'], summary: 'Rename a chat' } })
    .input(z.strictObject({ chatId: idSchema, title: chatTitle }))
    .output(chatSchema)
    .mutation(async ({ ctx, input }) => {
      const chat = await ctx.services.store.chats.renameChat(ctx.user.id, input.chatId, input.title);
      if (!chat) throw notFound('Chat', input.chatId);
      return chat;
    }),

  delete: protectedProcedure
    .meta({ openapi: { method: 'DELETE', path: '/chats/{chatId}', tags: ['chat'], summary: 'Delete a chat' } })
    .input(z.strictObject({ chatId: idSchema }))
    .output(z.object({ chatId: z.string(), deleted: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      if (!(await ctx.services.store.chats.deleteChat(ctx.user.id, input.chatId))) throw notFound('Chat', input.chatId);
      return { chatId: input.chatId, deleted: true as const };
    }),

  result: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/messages/{messageId}/result',
        tags: ['chat'],
        summary: "Page through an answer's full result",
      },
    })
    .input(
      z.strictObject({
        messageId: idSchema,
        offset: z.coerce.number().int().min(0).default(0),
        limit: limitSchema(1000, 100),
        // Flat fields, not an object: the REST form of this procedure is a GET whose input is its query string.
        sortColumn: z
          .string()
          .min(1)
          .max(200)
          .optional()
          .describe(
            "Read the pages ordered by this column of the result (one of its `columns`); else the answer's order",
          ),
        sortDirection: z.enum(['asc', 'desc']).default('asc').describe('With `sortColumn`: ascending or descending'),
      }),
    )
    .output(resultPageSchema)
    .query(({ ctx, input }) =>
      ctx.services.results.page(ctx.user.id, input.messageId, input.offset, input.limit, {
        sort: input.sortColumn === undefined ? null : { column: input.sortColumn, direction: input.sortDirection },
      }),
    ),

  total: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/messages/{messageId}/total',
        tags: ['chat'],
        summary: "Count an answer's whole result exactly (its answer may say 'at least')",
      },
    })
    .input(z.strictObject({ messageId: idSchema }))
    .output(resultTotalSchema)
    .query(({ ctx, input }) => ctx.services.results.total(ctx.user.id, input.messageId)),

  exportCsv: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/messages/{messageId}/csv',
        tags: ['chat'],
        summary: "An answer's full result as CSV",
      },
    })
    .input(z.strictObject({ messageId: idSchema }))
    .output(z.object({ filename: z.string(), rowCount: z.number().int(), csv: z.string() }))
    .query(async ({ ctx, input }) => {
      // The whole result in one response (the download at /export/<id>.csv streams instead).
      const chunks: string[] = [];
      let rowCount = 0;
      for await (const chunk of ctx.services.results.csv(ctx.user.id, input.messageId)) {
        chunks.push(chunk.text);
        rowCount += chunk.rows;
      }
      return { filename: `musaeid-${input.messageId}.csv`, rowCount, csv: chunks.join('') };
    }),

  chart: chartProcedure,
} satisfies TRPCRouterRecord;
