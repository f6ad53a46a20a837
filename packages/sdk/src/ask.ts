import type { TRPCClient } from '@trpc/client';

import { AsyncEventQueue } from './AsyncEventQueue';
import { errorCode } from './errors';
import type { AppRouter, RouterInputs, RouterOutputs } from './types';

type YieldOf<T> = T extends AsyncIterable<infer Y> ? Y : never;

/** A user or assistant message as the server stores it. */
export type ChatMessage = RouterOutputs['chat']['send']['assistantMessage'];

/**
 * One event of {@link AskHelpers.askStream}: progress (`understood`, `sql`, `rows`, `answer`), then,
 * when the server asks back, `{ type: 'clarify', messageId, clarification }`, then
 * `{ type: 'stored', exchange: { userMessage, assistantMessage } }` with the stored messages. Each
 * carries its `eventId` (what a stream resumes from).
 */
export type AskStreamEvent = YieldOf<RouterOutputs['chat']['stream']>;

export interface AskOptions {
  /** Continue this chat; without it a new chat is created (titled with the question). */
  chatId?: string;
  /** Idempotency id: a retried call with the same id never stores a second message. */
  clientMessageId?: string;
  /**
   * "Today" for relative dates in the question ("next month", "this year"), `YYYY-MM-DD`.
   * Without it the server's `MUSAEID_AS_OF` applies (by default the server's current date).
   */
  asOf?: string;
  /** Aborts the call (and, for `askStream`, the event stream). */
  signal?: AbortSignal;
}

/** The question back of a `clarify` answer: what it asks, about which words, and the options to choose from. */
export type Clarification = NonNullable<NonNullable<ChatMessage['answer']>['clarification']>;

/**
 * How to answer a clarification: the id of one of its options, or a typed reply. With `remember`,
 * what the asked-about words meant becomes a personal glossary term (asked again, no question back).
 */
export type ClarificationReply = ({ choice: string } | { text: string }) & { remember?: boolean };

export interface AskResult {
  /** The chat the question went to (new unless `chatId` was given). */
  chatId: string;
  /**
   * Non-null when the server asked back instead of answering (`message.answer.status === 'clarify'`):
   * continue with {@link AskHelpers.answerClarification}.
   */
  clarification: Clarification | null;
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
   * Answers the clarification of an earlier {@link AskResult} (or of the clarify message `messageId`
   * in `chatId`) with one of its options or a typed reply; the original question is answered in the
   * same chat. A clarification already answered (or followed by other messages) is a BAD_REQUEST
   * with reason `STALE_CLARIFICATION`.
   *
   * @example
   * ```ts
   * const asked = await client.ask('Which events are in irak?');
   * if (asked.clarification) {
   *   console.log(asked.clarification.question); // Did you mean the country Iraq or the country Iran?
   *   const answered = await client.answerClarification(asked, { choice: asked.clarification.options[0].id });
   *   console.log(answered.message.text);
   * }
   * ```
   */
  answerClarification(
    clarify: AskResult | { chatId: string; messageId: string },
    reply: ClarificationReply,
    options?: Omit<AskOptions, 'chatId'>,
  ): Promise<AskResult>;
  /**
   * Asks a question and yields progress events as the server works, ending with the stored
   * messages (`{ type: 'stored', exchange }`); creates a chat when `chatId` is not given.
   * Errors (bad key, missing chat, quota) are thrown from the loop as `MusaeidError`s. When the
   * connection breaks (a server restarting, a load balancer moving the client to another server) the
   * stream resumes from the last event's `eventId` on whichever server answers: no event is missed
   * or repeated, and the question is stored once (a `clientMessageId` is made when none is given).
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

/** An {@link AskResult} from a stored exchange. */
const resultOf = (chatId: string, exchange: RouterOutputs['chat']['send']): AskResult => ({
  chatId,
  clarification: exchange.assistantMessage.answer?.clarification ?? null,
  message: exchange.assistantMessage,
  userMessage: exchange.userMessage,
});

/** Codes with which the server stores nothing of a question: a chat created just for it is removed again. */
const NOTHING_STORED = new Set(['BAD_REQUEST', 'TOO_MANY_REQUESTS']);

/** How many times in a row `askStream` connects again after its connection broke, before it fails. */
const STREAM_RECONNECTS = 8;
/** The wait before the n-th reconnection in a row: n times this. */
const STREAM_RECONNECT_DELAY_MS = 250;

/**
 * A random client message id: 128 bits as hex (`crypto.getRandomValues`, which browsers offer on
 * plain-http pages too, unlike `crypto.randomUUID`).
 */
function newClientMessageId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return `sdk-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

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
    ...(options?.asOf === undefined ? {} : { asOf: options.asOf }),
  });

  return {
    async answerClarification(clarify, reply, options) {
      const chatId = clarify.chatId;
      const replyTo = 'messageId' in clarify ? clarify.messageId : clarify.message.id;
      const exchange = await trpc.chat.send.mutate(
        {
          chatId,
          replyTo,
          ...('choice' in reply ? { choice: reply.choice } : { text: reply.text }),
          ...(reply.remember === undefined ? {} : { remember: reply.remember }),
          ...(options?.clientMessageId === undefined ? {} : { clientMessageId: options.clientMessageId }),
          ...(options?.asOf === undefined ? {} : { asOf: options.asOf }),
        },
        { signal: options?.signal },
      );
      return resultOf(chatId, exchange);
    },
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
        return resultOf(chat.chatId, exchange);
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
      // Always a client message id (the caller's, or one made here): a stream cut before its first
      // event can then be sent again without storing the question twice.
      const input = sendInput(chat.chatId, text, {
        ...options,
        clientMessageId: options?.clientMessageId ?? newClientMessageId(),
      });
      let lastEventId: string | undefined;
      let reconnects = 0;
      let subscription: { unsubscribe(): void } | null = null;
      let retry: ReturnType<typeof setTimeout> | undefined;
      // The callback form rather than the iterator, to see a broken connection (a server restarting,
      // a load balancer sending the next request elsewhere) and resume the stream on whichever server
      // answers, from the last event received: nothing is sent twice, nothing is missed.
      /** Whether a server ever took the stream (one that never did is not retried). */
      let connected = false;
      const connect = (): void => {
        const current = trpc.chat.stream.subscribe(lastEventId === undefined ? input : { ...input, lastEventId }, {
          // A replaced subscription may still report (its completion, once unsubscribed): only the current one counts.
          onStarted: () => {
            connected = true;
          },
          onData: (event) => {
            if (subscription !== current) return;
            lastEventId = event.eventId;
            reconnects = 0;
            queue.push(event);
          },
          onError: (error) => {
            if (subscription === current) queue.fail(error);
          },
          onComplete: () => {
            if (subscription === current) queue.end();
          },
          onConnectionStateChange: (state) => {
            if (state.state !== 'connecting' || !state.error || subscription !== current) return;
            // Never connected (no server there) or too many breaks in a row: the stream fails.
            if (!connected || reconnects >= STREAM_RECONNECTS || signal?.aborted) {
              queue.fail(state.error);
              return;
            }
            subscription = null;
            current.unsubscribe();
            reconnects += 1;
            retry = setTimeout(connect, STREAM_RECONNECT_DELAY_MS * reconnects);
          },
        });
        subscription = current;
      };
      connect();
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
        clearTimeout(retry);
        (subscription as { unsubscribe(): void } | null)?.unsubscribe();
      }
    },
  };
}
