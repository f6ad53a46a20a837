import type { StoredStreamEvent } from '../store/StreamEventStore';

export type StreamEventListener = (event: StoredStreamEvent) => void;

/**
 * Tells the followers of an answer's stream that an event was recorded (in `stream_events`),
 * wherever they are connected. One interface, two reaches: {@link InProcessStreamEventBus} (a SQLite
 * file: one server process) and `PostgresStreamEventBus` (LISTEN/NOTIFY: every process on the database).
 * Delivery is a hint, not the record: followers read what they missed from the table.
 */
export interface StreamEventBus {
  /** Announces `event`, already stored. */
  publish(event: StoredStreamEvent): Promise<void>;
  /** Calls `listener` with each event announced for `answerId` from now on; returns the unsubscribe. */
  subscribe(answerId: string, listener: StreamEventListener): () => void;
  close(): Promise<void>;
}

/** The listeners of this process, by answer. */
export class StreamEventListeners {
  private readonly byAnswer = new Map<string, Set<StreamEventListener>>();

  add(answerId: string, listener: StreamEventListener): () => void {
    let listeners = this.byAnswer.get(answerId);
    if (!listeners) {
      listeners = new Set();
      this.byAnswer.set(answerId, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.byAnswer.get(answerId) === listeners) this.byAnswer.delete(answerId);
    };
  }

  has(answerId: string): boolean {
    return this.byAnswer.has(answerId);
  }

  deliver(event: StoredStreamEvent): void {
    for (const listener of [...(this.byAnswer.get(event.answerId) ?? [])]) listener(event);
  }
}

/** A {@link StreamEventBus} within one process (SQLite: one server process holds the file). */
export class InProcessStreamEventBus implements StreamEventBus {
  private readonly listeners = new StreamEventListeners();

  publish(event: StoredStreamEvent): Promise<void> {
    this.listeners.deliver(event);
    return Promise.resolve();
  }

  subscribe(answerId: string, listener: StreamEventListener): () => void {
    return this.listeners.add(answerId, listener);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
