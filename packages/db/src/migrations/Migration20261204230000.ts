import { Migration } from '@mikro-orm/migrations';

import { migrationDialect } from './migrationDialect';

/**
 * Limits held in the database, so several server processes share them: each key's rate-limit
 * state (`rate_limits`: the theoretical arrival time, in epoch milliseconds, of a token bucket that
 * refills at the per-minute rate) and each user's messages per month (`monthly_message_counts`,
 * backfilled from the usage records). Both change by one atomic statement per request.
 */
export class Migration20261204230000 extends Migration {
  override up(): Promise<void> {
    const d = migrationDialect(this.driver);
    this.addSql(`CREATE TABLE "rate_limits" (
      "key" TEXT NOT NULL PRIMARY KEY,
      "tat_ms" BIGINT NOT NULL
    )`);
    this.addSql(`CREATE TABLE "monthly_message_counts" (
      "user_id" TEXT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
      "month" TEXT NOT NULL,
      "messages" INTEGER NOT NULL CHECK ("messages" >= 0),
      PRIMARY KEY ("user_id", "month")
    )${d.compositeKeyTable}`);
    this.addSql(
      `INSERT INTO "monthly_message_counts" ("user_id", "month", "messages")
       SELECT "user_id", substr("created_at", 1, 7), count(*) FROM "usage_records" WHERE "kind" = 'message'
       GROUP BY "user_id", substr("created_at", 1, 7)`,
    );
    return Promise.resolve();
  }

  override down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "monthly_message_counts"`);
    this.addSql(`DROP TABLE IF EXISTS "rate_limits"`);
    return Promise.resolve();
  }
}
