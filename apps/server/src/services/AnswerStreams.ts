import type { Logger } from '../logger';
import type { ExchangeDto } from '../schemas';
import type { AppStore } from '../store/AppStore';
import type { StoredStreamEvent } from '../store/StreamEventStore';
import type { StreamEventBus } from './StreamEventBus';
import { finalEvents, formatStreamEventId, type StreamEvent, type StreamEventBody } from './streamExchange';

/** How often a follower re-reads the table when no notification came (a lost one, or an answer finished elsewhere). */
const CATCH_UP_MS = 1000;
/** How long an answer's events are kept for resuming: a client resumes within seconds, not days. */
const STREAM_EVENTS_KEPT_MS = 24 * 3600_000;
/** How often a running server prunes older events. */
const PRUNE_EVERY_MS = 3600_000;

/** Appends an answer's events one after another (their ids then follow the order they happened). */
export interface AnswerRecorder {
  record(event: StreamEventBody): void;
  /** Settles once everything recorded so far is stored and announced. */
  flush(): Promise<void>;
}

const isFinal = (e: StoredStreamEvent): boolean => (e.event as StreamEventBody).type === 'stored';
const toStreamEvent = (e: StoredStreamEvent): StreamEvent => ({
  ...(e.event as StreamEventBody),
  eventId: formatStreamEventId(e.answerId, e.id),
});

/**
 * The events of answers' streams, recorded in the database and followed from any server process:
 * the process computing an answer records each event (`stream_events`) and announces its id on the
 * {@link StreamEventBus}; a client's stream follows the answer from the event after the last one it
 * saw (none: from the first), reading the table for what came before and the bus for what comes next.
 */
export class AnswerStreams {
  constructor(
    private readonly store: AppStore,
    private readonly bus: StreamEventBus,
    private readonly logger: Logger,
    private readonly catchUpMs: number = CATCH_UP_MS,
  ) {}

  /** Stores and announces one event of `answerId`'s stream. */
  async record(answerId: string, event: StreamEventBody): Promise<StoredStreamEvent> {
    const stored = await this.store.streamEvents.append(answerId, event);
    try {
      await this.bus.publish(stored);
    } catch (error) {
      // Stored: followers find it when they next read the table.
      this.logger.warn({ err: error, answerId }, 'could not announce a stream event');
    }
    return stored;
  }

  /** A recorder for `answerId`: events recorded in the order given; a failure is logged (followers then miss that event). */
  recorder(answerId: string): AnswerRecorder {
    let tail: Promise<unknown> = Promise.resolve();
    return {
      record: (event) => {
        tail = tail.then(() =>
          this.record(answerId, event).catch((error: unknown) =>
            this.logger.warn({ err: error, answerId }, 'could not record a stream event'),
          ),
        );
      },
      flush: () => tail.then(() => undefined),
    };
  }

  /** Removes events older than a day: a client resumes a stream within seconds, not days. */
  async prune(): Promise<void> {
    await this.store.streamEvents.prune(new Date(Date.now() - STREAM_EVENTS_KEPT_MS).toISOString());
  }

  /**
   * Prunes now and then every `everyMs` until the returned stop is called: a server that runs for
   * weeks would otherwise keep every event it ever streamed. A failure is logged; the next run retries.
   */
  startPruning(everyMs: number = PRUNE_EVERY_MS): () => void {
    const run = () =>
      this.prune().catch((error: unknown) => this.logger.warn({ err: error }, 'could not prune old stream events'));
    void run();
    const timer = setInterval(() => void run(), everyMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Forgets `answerId`'s recorded events (it is computed again). */
  clear(answerId: string): Promise<void> {
    return this.store.streamEvents.clear(answerId);
  }

  /**
   * `answerId`'s events after the event `afterId` (-1: all of them), until its `stored` event.
   * `done` is the send computing or returning it in this request, when there is one: its failure is
   * the stream's, and once it resolves, what it recorded is all there is (an answer that recorded no
   * final events, such as one sent through `chat.send`, gets them now from the exchange). Without
   * `done` (a client resuming) the stream ends when the answer is no longer pending.
   */
  async *follow(
    answerId: string,
    afterId: number,
    opts: { done?: Promise<ExchangeDto>; signal?: AbortSignal } = {},
  ): AsyncGenerator<StreamEvent, void, unknown> {
    const { done, signal } = opts;
    /** The highest event id announced and not read yet (announcements only wake: the table gives the events, in order). */
    let announced = -1;
    let wake: (() => void) | null = null;
    const notify = () => {
      wake?.();
      wake = null;
    };
    // Subscribed before the first read of the table: an event stored in between is announced, not missed.
    const unsubscribe = this.bus.subscribe(answerId, ({ id }) => {
      announced = Math.max(announced, id);
      notify();
    });
    let outcome: { exchange: ExchangeDto } | { error: unknown } | null = null;
    done?.then(
      (exchange) => {
        outcome = { exchange };
        notify();
      },
      (error: unknown) => {
        outcome = { error };
        notify();
      },
    );
    signal?.addEventListener('abort', notify);
    let last = afterId;
    try {
      /** Read the table before looking at announcements (at first, and after each quiet period). */
      let readTable = true;
      /** No send of ours: see whether the answer finished without recording its end (after a quiet period). */
      let checkFinished = false;
      while (!signal?.aborted) {
        const wanted = announced;
        const batch = readTable || wanted > last ? await this.store.streamEvents.after(answerId, last) : [];
        // Announced before this read, so stored before it: what the read did not find is gone (cleared), not late.
        if (announced === wanted) announced = -1;
        for (const event of batch) {
          if (event.id <= last) continue;
          last = event.id;
          yield toStreamEvent(event);
          if (isFinal(event)) return;
        }
        const settled = outcome as { exchange: ExchangeDto } | { error: unknown } | null;
        if (settled && 'error' in settled) throw settled.error;
        if (settled || checkFinished) {
          // Nothing more will be recorded: what is in the table, then (when no final event was recorded) the exchange's.
          for (const event of await this.store.streamEvents.after(answerId, last)) {
            last = event.id;
            yield toStreamEvent(event);
            if (isFinal(event)) return;
          }
          const exchange = settled ? settled.exchange : await this.finishedExchange(answerId);
          if (exchange) {
            for (const body of finalEvents(exchange))
              yield toStreamEvent(await this.recordOrKeep(answerId, body, last));
            return;
          }
        }
        readTable = false;
        checkFinished = false;
        if (announced > last || outcome !== null) continue;
        // Wait for an announcement, the send's outcome, or a quiet period (then re-read: catches what was not announced).
        let timer: NodeJS.Timeout | undefined;
        const quiet = await new Promise<boolean>((resolve) => {
          wake = () => resolve(false);
          timer = setTimeout(() => resolve(true), this.catchUpMs);
        });
        clearTimeout(timer);
        wake = null;
        readTable = quiet;
        checkFinished = quiet && !done;
      }
    } finally {
      unsubscribe();
      signal?.removeEventListener('abort', notify);
    }
  }

  /** The exchange of `answerId` once it is no longer pending (null while it is, or when it is gone). */
  private async finishedExchange(answerId: string): Promise<ExchangeDto | null> {
    const assistantMessage = await this.store.chats.messageById(answerId);
    if (!assistantMessage?.answer || assistantMessage.answer.status === 'pending' || !assistantMessage.replyToId)
      return null;
    const userMessage = await this.store.chats.messageById(assistantMessage.replyToId);
    return userMessage ? { userMessage, assistantMessage } : null;
  }

  /** Records a final event; when the database refuses it, the event still goes out (numbered as the last one seen). */
  private async recordOrKeep(answerId: string, body: StreamEventBody, last: number): Promise<StoredStreamEvent> {
    try {
      return await this.record(answerId, body);
    } catch (error) {
      this.logger.warn({ err: error, answerId }, 'could not record a final stream event');
      return { id: last, answerId, event: body };
    }
  }
}
