import type { TRPCClient } from '@trpc/client';

import { AsyncEventQueue } from './AsyncEventQueue';
import { errorCode } from './errors';
import type { AppRouter, RouterInputs, RouterOutputs } from './types';

type YieldOf<T> = T extends AsyncIterable<infer Y> ? Y : never;

/** A user or assistant message as the server stores it. */
export type ChatMessage = RouterOutputs['chat']['send']['assistantMessage'];

/**
 * One event of {@link AskHelpers.askStream}: progress (`understood`, `sql`, `rows`, `answer`), then
 * `{ type: 'stored', exchange: { userMessage, assistantMessage } }` with the stored messages.
 */
export type AskStreamEvent = YieldOf<RouterOutputs['chat']['stream']>;

export interface AskOptions {
  /** Continue this chat; without it a new chat is created (titled with the question). */
  chatId?: string;
  /** Idempotency id: a retried call with the same id never stores a second message. */
  clientMessageId?: string;
  /** Aborts the call (and, for `askStream`, the event stream). */
  signal?: AbortSignal;
}

export interface AskResult {
  /** The chat the question went to (new unless `chatId` was given). */
  chatId: string;
  /** The assistant's stored answer: text, and in `answer` the SQL, interpretation, preview rows, status and usage. */
  message: ChatMessage;
  /** The stored user message. */
  userMessage: ChatMessage;
}

/** A chat with its whole timeline, as {@link AskHelpers.timeline} returns it. */
export interface ChatTimeline {
  chat: RouterOutputs['chat']['get']['chat'];
  /** Every message, oldest first (greeting, then question / answer pairs). */
  messages: ChatMessage[];
}

/** The convenience layer on top of the procedures. */
export interface AskHelpers {
  /**
   * Asks a question and returns the stored answer; creates a chat when `chatId` is not given.
   *
   * @example
   * ```ts
   * const first = await client.ask('How many events are there?');
   * const next = await client.ask('And how many companies?', { chatId: first.chatId });
   * console.log(next.message.text, next.message.answer?.sql);
   * ```
   */
  ask(text: string, options?: AskOptions): Promise<AskResult>;
  /**
   * Asks a question and yields progress events as the server works, ending with the stored
   * messages (`{ type: 'stored', exchange }`); creates a chat when `chatId` is not given.
   * Errors (bad key, missing chat, quota) are thrown from the loop as `MusaeidError`s.
   *
   * @example
   * ```ts
   * for await (const event of client.askStream('How many events are there?')) {
   *   if (event.type === 'sql') console.log('SQL:', event.sql);
   *   if (event.type === 'stored') console.log(event.exchange.assistantMessage.text);
   * }
   * ```
   */
  askStream(text: string, options?: AskOptions): AsyncIterable<AskStreamEvent>;
  /**
   * A chat's whole timeline, oldest first: `chat.get` returns one page (the latest messages, newest
   * last, with a `nextCursor` to the page before); this follows the cursors and joins the pages.
   *
   * @example
   * ```ts
   * const { messages } = await client.timeline(chatId);
   * for (const m of messages) console.log(m.role, m.text);
   * ```
   */
  timeline(chatId: string, options?: { signal?: AbortSignal; pageSize?: number }): Promise<ChatTimeline>;
}

type SendInput = RouterInputs['chat']['send'];

/** Codes with which the server stores nothing of a question: a chat created just for it is removed again. */
const NOTHING_STORED = new Set(['BAD_REQUEST', 'TOO_MANY_REQUESTS']);

/** Builds `ask` and `askStream` over a tRPC client. */
export function createAskHelpers(trpc: TRPCClient<AppRouter>): AskHelpers {
  /** The chat to send to, and whether it was created for this question. */
  const openChat = async (
    text: string,
    options: AskOptions | undefined,
  ): Promise<{ chatId: string; created: boolean }> => {
    if (options?.chatId !== undefined) return { chatId: options.chatId, created: false };
    const title = text.trim().replace(/\s+/g, ' ').slice(0, 80);
    const created = await trpc.chat.create.mutate(title ? { title } : {}, { signal: options?.signal });
    return { chatId: created.chatId, created: true };
  };
  /** After a failed first question, removes the chat `ask` created for it when the server stored nothing. */
  const discard = async (chat: { chatId: string; created: boolean }, error: unknown): Promise<void> => {
    const code = errorCode(error);
    if (!chat.created || code === null || !NOTHING_STORED.has(code)) return;
    await trpc.chat.delete.mutate({ chatId: chat.chatId }).catch(() => undefined);
  };
  const sendInput = (chatId: string, text: string, options: AskOptions | undefined): SendInput => ({
    chatId,
    text,
    ...(options?.clientMessageId === undefined ? {} : { clientMessageId: options.clientMessageId }),
  });

  return {
    async timeline(chatId, options) {
      const pages: ChatMessage[][] = [];
      let cursor: string | undefined;
      let chat: ChatTimeline['chat'] | undefined;
      do {
        const page = await trpc.chat.get.query(
          { chatId, limit: options?.pageSize ?? 200, ...(cursor === undefined ? {} : { cursor }) },
          { signal: options?.signal },
        );
        chat = page.chat;
        pages.unshift(page.messages);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined);
      return { chat, messages: pages.flat() };
    },
    async ask(text, options) {
      const chat = await openChat(text, options);
      try {
        const exchange = await trpc.chat.send.mutate(sendInput(chat.chatId, text, options), {
          signal: options?.signal,
        });
        return { chatId: chat.chatId, message: exchange.assistantMessage, userMessage: exchange.userMessage };
      } catch (error) {
        await discard(chat, error);
        throw error;
      }
    },
    async *askStream(text, options) {
      const chat = await openChat(text, options);
      const queue = new AsyncEventQueue<AskStreamEvent>();
      const signal = options?.signal;
      const onAbort = () => queue.fail(signal?.reason);
      signal?.addEventListener('abort', onAbort);
      // The callback form rather than the iterator: tRPC reconnects a dropped event stream by itself
      // (re-sending the question); an exchange is one request, so the first connection error ends it.
      const subscription = trpc.chat.stream.subscribe(sendInput(chat.chatId, text, options), {
        onData: (event) => queue.push(event),
        onError: (error) => queue.fail(error),
        onComplete: () => queue.end(),
        onConnectionStateChange: (state) => {
          if (state.state === 'connecting' && state.error) queue.fail(state.error);
        },
      });
      let started = false;
      try {
        if (signal?.aborted) throw signal.reason;
        for await (const event of queue) {
          started = true;
          yield event;
          if (signal?.aborted) throw signal.reason;
          if (event.type === 'stored') return;
        }
      } catch (error) {
        if (!started) await discard(chat, error);
        throw error;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        subscription.unsubscribe();
      }
    },
  };
}
