import type { Statements } from './Db';

interface Known {
  monthStart: string;
  count: number;
  /** The highest usage record id when `count` was taken. */
  lastId: number;
}

/**
 * Each user's number of message usage records since the start of the month, for the quota check.
 * Counting them all on every message costs O(messages this month); this keeps the last count per
 * user and adds only the records written since (usage record ids only grow: AUTOINCREMENT, and
 * records are never edited in what is counted), so the check stays exact when other processes
 * write to the same file. Read it inside the write transaction that may add a record.
 */
export class MonthlyMessageCount {
  private readonly known = new Map<string, Known>();

  constructor(
    private readonly statements: Statements,
    private readonly maxUsers = 10_000,
  ) {}

  count(userId: string, monthStart: string): number {
    const known = this.known.get(userId);
    let next: Known;
    if (known && known.monthStart === monthStart) {
      const added = this.statements
        .get(
          `SELECT coalesce(sum("user_id" = $user AND "kind" = 'message' AND "created_at" >= $month), 0) AS n,
                  coalesce(max("id"), $last) AS last
           FROM "usage_records" WHERE "id" > $last`,
        )
        .get({ user: userId, month: monthStart, last: known.lastId }) as { n: number; last: number };
      next = { monthStart, count: known.count + added.n, lastId: added.last };
    } else {
      const fresh = this.statements
        .get(
          `SELECT (SELECT count(*) FROM "usage_records"
                   WHERE "user_id" = $user AND "kind" = 'message' AND "created_at" >= $month) AS n,
                  (SELECT coalesce(max("id"), 0) FROM "usage_records") AS last`,
        )
        .get({ user: userId, month: monthStart }) as { n: number; last: number };
      next = { monthStart, count: fresh.n, lastId: fresh.last };
    }
    if (!known && this.known.size >= this.maxUsers) this.known.clear();
    this.known.set(userId, next);
    return next.count;
  }
}
