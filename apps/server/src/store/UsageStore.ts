import type { RecordedAnswer as Answer } from '../engine';
import type { UsageRowDto } from '../schemas';
import { nowIso, type Db } from './Db';

/** Usage records for billing: one per chat message and per user-edited SQL run. */
export class UsageStore {
  constructor(private readonly db: Db) {}

  recordSqlRun(userId: string, answer: Answer, costUsd: number): void {
    const prompt = answer.usage.reduce((s, u) => s + u.promptTokens, 0);
    const completion = answer.usage.reduce((s, u) => s + u.completionTokens, 0);
    this.db
      .prepare(
        `INSERT INTO "usage_records" ("user_id", "kind", "created_at", "rows_returned", "prompt_tokens",
           "completion_tokens", "provider", "model", "estimated", "cost_usd") VALUES (?, 'sql', ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        userId,
        nowIso(),
        answer.status === 'answered' ? answer.rows.length : 0,
        prompt,
        completion,
        answer.usage[0]?.provider ?? null,
        answer.usage[0]?.model ?? null,
        answer.usage.some((u) => u.estimated) ? 1 : 0,
        costUsd,
      );
  }

  /** Totals per user for records created in [from, to). `userId` null = every user. */
  summary(opts: { userId: string | null; from: string; to: string }): UsageRowDto[] {
    const rows = this.db
      .prepare(
        `SELECT u."id" AS userId, u."email" AS email,
                coalesce(sum(r."kind" = 'message'), 0) AS messages,
                coalesce(sum(r."kind" = 'sql'), 0) AS sqlRuns,
                coalesce(sum(r."rows_returned"), 0) AS rowsReturned,
                coalesce(sum(r."prompt_tokens"), 0) AS promptTokens,
                coalesce(sum(r."completion_tokens"), 0) AS completionTokens,
                coalesce(sum(r."cost_usd"), 0.0) AS estimatedCostUsd,
                coalesce(sum(r."path" = 'offline'), 0) AS offline,
                coalesce(sum(r."path" = 'llm'), 0) AS llm,
                coalesce(sum(r."path" = 'offline+llm'), 0) AS offlineLlm
         FROM "users" u
         LEFT JOIN "usage_records" r ON r."user_id" = u."id" AND r."created_at" >= ? AND r."created_at" < ?
         WHERE (? IS NULL OR u."id" = ?)
         GROUP BY u."id" ORDER BY u."email"`,
      )
      .all(opts.from, opts.to, opts.userId, opts.userId) as (Omit<UsageRowDto, 'paths'> &
      Record<'offline' | 'llm' | 'offlineLlm', number>)[];
    return rows.map(({ offline, llm, offlineLlm, ...r }) => ({
      ...r,
      estimatedCostUsd: Math.round(r.estimatedCostUsd * 1e6) / 1e6,
      paths: { offline, llm, 'offline+llm': offlineLlm },
    }));
  }
}
