import type { SqlClient } from './SqlClient';

/**
 * Request limits held in the database, so every server process sharing it enforces the same ones:
 * each check is ONE atomic statement (an upsert that only succeeds while the limit allows), never
 * a read-then-write and never a per-process counter.
 */
export class LimitStore {
  constructor(private readonly sql: SqlClient) {}

  /**
   * Takes a slot of `key`'s per-minute limit (a token bucket: `limit` requests at once, refilled at
   * `limit` a minute, as GCRA keeps it in one timestamp). Returns null when allowed, else the seconds
   * until a slot frees.
   */
  async takeRateSlot(key: string, limit: number, nowMs: number = Date.now()): Promise<number | null> {
    // Whole milliseconds: the column is an integer on both databases.
    const interval = Math.max(1, Math.round(60_000 / limit));
    const tolerance = 60_000 - interval;
    const now = Math.round(nowMs);
    const greatest = this.sql.dialect === 'sqlite' ? 'max' : 'greatest';
    const taken = await this.sql.get<{ tat_ms: number }>(
      `INSERT INTO "rate_limits" ("key", "tat_ms") VALUES (?, ?)
       ON CONFLICT ("key") DO UPDATE SET "tat_ms" = ${greatest}("rate_limits"."tat_ms", ?) + ?
       WHERE ${greatest}("rate_limits"."tat_ms", ?) - ? <= ?
       RETURNING "tat_ms"`,
      [key, now + interval, now, interval, now, now, tolerance],
    );
    if (taken) return null;
    const state = await this.sql.get<{ tat_ms: number }>('SELECT "tat_ms" FROM "rate_limits" WHERE "key" = ?', [key]);
    const wait = (state?.tat_ms ?? now) - tolerance - now;
    return Math.max(1, Math.ceil(wait / 1000));
  }

  /** Gives back the slot `takeRateSlot` took (a request that turned out invalid and did no work). */
  async refundRateSlot(key: string, limit: number): Promise<void> {
    const interval = Math.max(1, Math.round(60_000 / limit));
    await this.sql.run('UPDATE "rate_limits" SET "tat_ms" = "tat_ms" - ? WHERE "key" = ?', [interval, key]);
  }

  /**
   * Counts one message against `userId`'s quota for `month` (`YYYY-MM`) when fewer than `quota` were
   * counted; false when the quota is used up. Run inside the transaction that stores the message, so
   * a message that is not stored is not counted.
   */
  static async countMessage(tx: SqlClient, userId: string, month: string, quota: number): Promise<boolean> {
    if (quota <= 0) return false;
    const counted = await tx.get<{ messages: number }>(
      `INSERT INTO "monthly_message_counts" ("user_id", "month", "messages") VALUES (?, ?, 1)
       ON CONFLICT ("user_id", "month") DO UPDATE SET "messages" = "monthly_message_counts"."messages" + 1
       WHERE "monthly_message_counts"."messages" < ?
       RETURNING "messages"`,
      [userId, month, quota],
    );
    return counted !== undefined;
  }
}
