import { z } from 'zod';

import type { ProgressEvent } from '../engine';
import { clarificationSchema, exchangeSchema, type ExchangeDto } from '../schemas';

/**
 * Events of `chat.stream`: the engine's progress, then (when the engine asks back) the
 * clarification with the message id to reply to, then the stored exchange.
 */
export const streamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('understood'), interpretation: z.string() }),
  z.object({ type: z.literal('sql'), sql: z.string() }),
  z.object({ type: z.literal('rows'), rowCount: z.number().int().nonnegative() }),
  z.object({ type: z.literal('answer'), text: z.string() }),
  z.object({ type: z.literal('clarify'), messageId: z.string(), clarification: clarificationSchema }),
  z.object({ type: z.literal('stored'), exchange: exchangeSchema }),
]);
export type StreamEvent = z.infer<typeof streamEventSchema>;

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

const toEvent = (e: ProgressEvent): StreamEvent => {
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

/**
 * Turns a callback-reporting send into an async generator: yields progress as the engine
 * reports it, then `{ type: 'stored' }`. The send runs to completion even when the client goes
 * away (the exchange is stored either way); errors before storing are thrown to the client.
 */
export async function* streamExchange(
  send: (onProgress: (event: ProgressEvent) => void) => Promise<ExchangeDto>,
  signal?: AbortSignal,
): AsyncGenerator<StreamEvent, void, unknown> {
  const queue: StreamEvent[] = [];
  let wake: (() => void) | null = null;
  let finished = false;
  let failure: { error: unknown } | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  send((event) => {
    queue.push(toEvent(event));
    notify();
  }).then(
    (exchange) => {
      const clarification = exchange.assistantMessage.answer?.clarification;
      if (clarification) queue.push({ type: 'clarify', messageId: exchange.assistantMessage.id, clarification });
      queue.push({ type: 'stored', exchange });
      finished = true;
      notify();
    },
    (error: unknown) => {
      failure = { error };
      finished = true;
      notify();
    },
  );
  const onAbort = () => notify();
  signal?.addEventListener('abort', onAbort);
  try {
    while (true) {
      const next = queue.shift();
      if (next) {
        yield next;
        continue;
      }
      if (failure) throw (failure as { error: unknown }).error;
      if (finished || signal?.aborted) return;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
