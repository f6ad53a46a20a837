import { Migration } from '@mikro-orm/migrations';

import { migrationDialect } from './migrationDialect';

/**
 * Several server processes on one database (branch pgstream, "ps"):
 * - `stream_events`: each `chat.stream` event of an answer, in the order it happened, so a client that
 *   reconnects to any process with its last event id is replayed what it missed (the notification of a
 *   new event carries only its id; the listener reads the row).
 * - `server_leases`: one row per running server process (with its host and pid), renewed while it
 *   lives; `messages.owner_id` names the process computing a pending answer, so recovery marks
 *   interrupted only the pending answers of processes that are gone (lease expired, or on the same
 *   host, pid no longer running), never those of a live neighbour.
 */
export class Migration20261205003000 extends Migration {
  override up(): Promise<void> {
    const d = migrationDialect(this.driver);
    this.addSql(`CREATE TABLE "stream_events" (
      "id" ${d.autoincrementKey},
      "answer_id" TEXT NOT NULL REFERENCES "messages" ("id") ON DELETE CASCADE,
      "event" TEXT NOT NULL CHECK (${d.jsonText('event')}),
      "created_at" TEXT NOT NULL
    )`);
    this.addSql(`CREATE INDEX "stream_events_answer_id_index" ON "stream_events" ("answer_id", "id")`);
    this.addSql(`CREATE INDEX "stream_events_created_at_index" ON "stream_events" ("created_at")`);
    this.addSql(`CREATE TABLE "server_leases" (
      "owner_id" TEXT NOT NULL PRIMARY KEY,
      "expires_at_ms" BIGINT NOT NULL,
      "host" TEXT NOT NULL,
      "pid" INTEGER NOT NULL,
      "started_at" TEXT NOT NULL
    )`);
    this.addSql(`ALTER TABLE "messages" ADD COLUMN "owner_id" TEXT NULL`);
    // Recovery looks for pending answers only: a partial index keeps that lookup small.
    this.addSql(`CREATE INDEX "messages_pending_owner_id_index" ON "messages" ("owner_id") WHERE "status" = 'pending'`);
    return Promise.resolve();
  }

  override down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "messages_pending_owner_id_index"`);
    this.addSql(`ALTER TABLE "messages" DROP COLUMN "owner_id"`);
    this.addSql(`DROP TABLE IF EXISTS "server_leases"`);
    this.addSql(`DROP TABLE IF EXISTS "stream_events"`);
    return Promise.resolve();
  }
}
