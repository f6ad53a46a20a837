import { nowIso } from './Db';
import type { SqlClient } from './SqlClient';

/** One recorded `chat.stream` event: its row id (increasing in the order an answer's events happened) and its JSON. */
export interface StoredStreamEvent {
  id: number;
  answerId: string;
  event: unknown;
}

interface StreamEventRow {
  id: number;
  answer_id: string;
  event: string;
}

const toEvent = (row: StreamEventRow): StoredStreamEvent => ({
  id: Number(row.id),
  answerId: row.answer_id,
  event: JSON.parse(row.event) as unknown,
});

/**
 * The events of answers' streams (`stream_events`), so a client reconnecting to any server process
 * is replayed what it missed. An answer has one writer at a time (the process computing it, which
 * appends one event after another), so its events' ids increase in the order they happened.
 */
export class StreamEventStore {
  constructor(private readonly sql: SqlClient) {}

  /** Appends an event of `answerId`'s stream; its row. */
  async append(answerId: string, event: unknown): Promise<StoredStreamEvent> {
    const row = await this.sql.get<{ id: number }>(
      'INSERT INTO "stream_events" ("answer_id", "event", "created_at") VALUES (?, ?, ?) RETURNING "id"',
      [answerId, JSON.stringify(event), nowIso()],
    );
    if (row === undefined) throw new Error(`stream event of ${answerId} was not stored`);
    return { id: Number(row.id), answerId, event };
  }

  /** `answerId`'s events after the event `afterId` (-1: from its first), in order. */
  async after(answerId: string, afterId: number): Promise<StoredStreamEvent[]> {
    const rows = await this.sql.all<StreamEventRow>(
      'SELECT "id", "answer_id", "event" FROM "stream_events" WHERE "answer_id" = ? AND "id" > ? ORDER BY "id"',
      [answerId, afterId],
    );
    return rows.map(toEvent);
  }

  /** Forgets `answerId`'s events (its answer is computed again: the old run's events no longer tell its story). */
  async clear(answerId: string): Promise<void> {
    await this.sql.run('DELETE FROM "stream_events" WHERE "answer_id" = ?', [answerId]);
  }

  /** Removes events recorded before `before` (ISO time): streams older than that are not resumed. */
  prune(before: string): Promise<number> {
    return this.sql.run('DELETE FROM "stream_events" WHERE "created_at" < ?', [before]);
  }
}
