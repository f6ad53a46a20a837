import type { StoredStreamEvent } from '../store/StreamEventStore';

/** That an answer's stream has an event numbered `id` stored: a wake-up, not the event itself. */
export interface StreamEventAnnouncement {
  answerId: string;
  id: number;
}

export type StreamEventListener = (announced: StreamEventAnnouncement) => void;

/**
 * Tells the followers of an answer's stream that an event was recorded (in `stream_events`),
 * wherever they are connected. One interface, two reaches: {@link InProcessStreamEventBus} (a SQLite
 * file: one server process) and `PostgresStreamEventBus` (LISTEN/NOTIFY: every process on the database).
 * Delivery is a hint, not the record: followers read the events from the table, in id order (an
 * announcement can arrive before an earlier one, so its own event is never handed on by itself).
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

  deliver(announced: StreamEventAnnouncement): void {
    for (const listener of [...(this.byAnswer.get(announced.answerId) ?? [])]) listener(announced);
  }
}

/** A {@link StreamEventBus} within one process (SQLite: one server process holds the file). */
export class InProcessStreamEventBus implements StreamEventBus {
  private readonly listeners = new StreamEventListeners();

  publish(event: StoredStreamEvent): Promise<void> {
    this.listeners.deliver({ answerId: event.answerId, id: event.id });
    return Promise.resolve();
  }

  subscribe(answerId: string, listener: StreamEventListener): () => void {
    return this.listeners.add(answerId, listener);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
