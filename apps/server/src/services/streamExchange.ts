import { z } from 'zod';

import type { ProgressEvent } from '../engine';
import { NotFoundError } from '../errors';
import { clarificationSchema, exchangeSchema, type ExchangeDto } from '../schemas';
import type { AppStore } from '../store/AppStore';
import type { AnswerStreams } from './AnswerStreams';
import type { ChatService, SendInput } from './ChatService';

const bodies = {
  understood: z.object({ type: z.literal('understood'), interpretation: z.string() }),
  sql: z.object({ type: z.literal('sql'), sql: z.string() }),
  rows: z.object({ type: z.literal('rows'), rowCount: z.number().int().nonnegative() }),
  answer: z.object({ type: z.literal('answer'), text: z.string() }),
  clarify: z.object({ type: z.literal('clarify'), messageId: z.string(), clarification: clarificationSchema }),
  stored: z.object({ type: z.literal('stored'), exchange: exchangeSchema }),
};

/**
 * What is recorded of each event of `chat.stream` (in `stream_events`): the engine's progress, then
 * (when the engine asks back) the clarification with the message id to reply to, then the stored exchange.
 */
export const streamEventBodySchema = z.discriminatedUnion('type', [
  bodies.understood,
  bodies.sql,
  bodies.rows,
  bodies.answer,
  bodies.clarify,
  bodies.stored,
]);
export type StreamEventBody = z.infer<typeof streamEventBodySchema>;

const eventId = z
  .string()
  .describe(
    "this event's id: subscribe again with the same input and `lastEventId` set to it to get the events after it",
  );

/** Events of `chat.stream`: each recorded event with its id. */
export const streamEventSchema = z.discriminatedUnion('type', [
  bodies.understood.extend({ eventId }),
  bodies.sql.extend({ eventId }),
  bodies.rows.extend({ eventId }),
  bodies.answer.extend({ eventId }),
  bodies.clarify.extend({ eventId }),
  bodies.stored.extend({ eventId }),
]);
export type StreamEvent = z.infer<typeof streamEventSchema>;

/** An event id: `<answer message id>:<row id in stream_events>`. */
export const streamEventIdSchema = z
  .string()
  .regex(/^[0-9a-f-]{36}:\d{1,15}$/, 'expected an eventId of an earlier chat.stream event');

export const formatStreamEventId = (answerId: string, id: number): string => `${answerId}:${id}`;

export function parseStreamEventId(eventId: string): { answerId: string; id: number } {
  const colon = eventId.lastIndexOf(':');
  return { answerId: eventId.slice(0, colon), id: Number(eventId.slice(colon + 1)) };
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/** Output schema of a subscription: validates every yielded value with `item`. */
export function zAsyncIterable<T extends z.ZodType>(item: T) {
  return z
    .custom<AsyncIterable<z.input<T>>>(isAsyncIterable, { error: 'expected an async iterable' })
    .transform(async function* (iterable): AsyncGenerator<z.output<T>, void, unknown> {
      for await (const value of iterable) yield item.parse(value);
    });
}

/** The recorded form of one of the engine's progress reports. */
export const progressEvent = (e: ProgressEvent): StreamEventBody => {
  switch (e.stage) {
    case 'understood':
      return { type: 'understood', interpretation: e.interpretation };
    case 'sql':
      return { type: 'sql', sql: e.sql };
    case 'rows':
      return { type: 'rows', rowCount: e.rowCount };
    case 'answer':
      return { type: 'answer', text: e.text };
  }
};

/** The events that end an answer's stream: its clarification (when it asks back), then the stored exchange. */
export function finalEvents(exchange: ExchangeDto): StreamEventBody[] {
  const clarification = exchange.assistantMessage.answer?.clarification;
  return [
    ...(clarification ? [{ type: 'clarify' as const, messageId: exchange.assistantMessage.id, clarification }] : []),
    { type: 'stored', exchange },
  ];
}

/**
 * `chat.stream`: sends the question (or finds the answer a repeated clientMessageId names) and
 * follows its answer's recorded events until the stored exchange. The send runs to completion even
 * when the client goes away (the exchange is stored either way); errors before storing are thrown
 * to the client. With `lastEventId` (a client reconnecting, to this process or another) nothing is
 * sent: the events after that one are followed instead.
 */
export async function* streamExchange(
  services: { chat: ChatService; streams: AnswerStreams; store: AppStore },
  opts: { send: Omit<SendInput, 'stream'>; lastEventId: string | null; signal?: AbortSignal | undefined },
): AsyncGenerator<StreamEvent, void, unknown> {
  const { send, lastEventId, signal } = opts;
  if (lastEventId !== null) {
    const { answerId, id } = parseStreamEventId(lastEventId);
    const answer = await services.store.chats.userMessage(send.user.id, answerId);
    if (answer?.kind !== 'answer' || answer.chatId !== send.chatId)
      throw new NotFoundError(`lastEventId: no stream of chat ${send.chatId} has the event ${lastEventId}`);
    yield* services.streams.follow(answerId, id, { signal });
    return;
  }
  let answerKnown: (answerId: string) => void = () => undefined;
  const known = new Promise<string>((resolve) => {
    answerKnown = resolve;
  });
  const done = services.chat.send({ ...send, stream: { onAnswer: answerKnown } });
  // The answer's id as soon as it is decided; a send that fails before that fails the stream.
  const answerId =
    (await Promise.race([
      known,
      done.then(
        () => null,
        () => null,
      ),
    ])) ?? (await done).assistantMessage.id;
  yield* services.streams.follow(answerId, -1, { done, signal });
}
