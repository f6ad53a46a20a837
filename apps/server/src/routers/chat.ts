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
} from '../schemas';
import { greeting as greetingText } from '../services/ChatService';
import { suggestQuestions } from '../services/suggestQuestions';
import { streamEventSchema, streamExchange, zAsyncIterable } from '../services/streamExchange';
import { toCsv } from '../services/toCsv';
import { meteredProcedure, protectedProcedure, type Context } from '../trpc';
import { chartProcedure } from './chatChart';

const chatTitle = z
  .string()
  .trim()
  .min(1, 'must not be empty or only whitespace')
  .max(200, 'must be at most 200 characters');

const sendInput = z.strictObject({
  chatId: idSchema,
  text: questionText,
  clientMessageId: clientMessageIdSchema.optional(),
  asOf: z.iso.date({ error: 'expected a date YYYY-MM-DD' }).optional().meta({ example: '2025-03-01' }),
});

const notFound = (what: string, id: string) => new NotFoundError(`${what} ${id} not found`);

function ownedResult(ctx: Context & { user: { id: string } }, messageId: string) {
  const message = ctx.services.store.chats.userMessage(ctx.user.id, messageId);
  if (!message) throw notFound('Message', messageId);
  const result = ctx.services.store.chats.result(messageId);
  if (!result) throw new NotFoundError(`Message ${messageId} has no result (only answered questions do)`);
  return result;
}

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
    .mutation(({ ctx, input }) => {
      const examples = suggestQuestions(ctx.services.store.db, {
        today: new Date().toISOString().slice(0, 10),
        max: 2,
      }).map((x) => x.question);
      const { chat, greeting } = ctx.services.store.chats.createChat(
        ctx.user.id,
        input.title ?? 'New chat',
        greetingText(examples),
      );
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
    .query(({ ctx, input }) => {
      const chat = ctx.services.store.chats.getChat(ctx.user.id, input.chatId);
      if (!chat) throw notFound('Chat', input.chatId);
      return { chat, ...ctx.services.store.chats.messagesPage(chat.id, input) };
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
        'Stores the question, runs the engine and stores the answer; a repeated clientMessageId returns the stored pair.',
    })
    .input(sendInput)
    .output(exchangeSchema)
    .mutation(({ ctx, input }) =>
      ctx.services.chat.send({
        user: ctx.user,
        chatId: input.chatId,
        text: input.text,
        clientMessageId: input.clientMessageId ?? null,
        asOf: input.asOf,
      }),
    ),

  stream: meteredProcedure
    .input(sendInput)
    .output(zAsyncIterable(streamEventSchema))
    .subscription(({ ctx, input, signal }) =>
      mappingErrors(
        streamExchange(
          (onProgress) =>
            ctx.services.chat.send({
              user: ctx.user,
              chatId: input.chatId,
              text: input.text,
              clientMessageId: input.clientMessageId ?? null,
              asOf: input.asOf,
              onProgress,
            }),
          signal,
        ),
      ),
    ),

  rename: protectedProcedure
    .meta({ openapi: { method: 'PATCH', path: '/chats/{chatId}', tags: ['chat'], summary: 'Rename a chat' } })
    .input(z.strictObject({ chatId: idSchema, title: chatTitle }))
    .output(chatSchema)
    .mutation(({ ctx, input }) => {
      const chat = ctx.services.store.chats.renameChat(ctx.user.id, input.chatId, input.title);
      if (!chat) throw notFound('Chat', input.chatId);
      return chat;
    }),

  delete: protectedProcedure
    .meta({ openapi: { method: 'DELETE', path: '/chats/{chatId}', tags: ['chat'], summary: 'Delete a chat' } })
    .input(z.strictObject({ chatId: idSchema }))
    .output(z.object({ chatId: z.string(), deleted: z.literal(true) }))
    .mutation(({ ctx, input }) => {
      if (!ctx.services.store.chats.deleteChat(ctx.user.id, input.chatId)) throw notFound('Chat', input.chatId);
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
      }),
    )
    .output(resultPageSchema)
    .query(({ ctx, input }) => {
      const result = ownedResult(ctx, input.messageId);
      const rows = result.rows.slice(input.offset, input.offset + input.limit);
      const next = input.offset + rows.length;
      return {
        messageId: input.messageId,
        columns: result.columns,
        rows,
        offset: input.offset,
        rowCount: result.rows.length,
        truncated: result.truncated,
        nextOffset: next < result.rows.length ? next : null,
      };
    }),

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
    .query(({ ctx, input }) => {
      const result = ownedResult(ctx, input.messageId);
      return {
        filename: `musaeid-${input.messageId}.csv`,
        rowCount: result.rows.length,
        csv: toCsv(result.columns, result.rows),
      };
    }),

  chart: chartProcedure,
} satisfies TRPCRouterRecord;
