import type { RecordedAnswer as Answer } from '../engine';
import type { UsageRowDto } from '../schemas';
import { nowIso } from './Db';
import type { SqlClient } from './SqlClient';

/** Usage records for billing: one per chat message and per user-edited SQL run. */
export class UsageStore {
  constructor(private readonly sql: SqlClient) {}

  async recordSqlRun(userId: string, answer: Answer, costUsd: number): Promise<void> {
    const prompt = answer.usage.reduce((s, u) => s + u.promptTokens, 0);
    const completion = answer.usage.reduce((s, u) => s + u.completionTokens, 0);
    await this.sql.run(
      `INSERT INTO "usage_records" ("user_id", "kind", "created_at", "rows_returned", "prompt_tokens",
         "completion_tokens", "provider", "model", "estimated", "cost_usd") VALUES (?, 'sql', ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        userId,
        nowIso(),
        answer.status === 'answered' ? answer.rows.length : 0,
        prompt,
        completion,
        answer.usage[0]?.provider ?? null,
        answer.usage[0]?.model ?? null,
        answer.usage.some((u) => u.estimated) ? 1 : 0,
        costUsd,
      ],
    );
  }

  /** Totals per user for records created in [from, to). `userId` null = every user. */
  async summary(opts: { userId: string | null; from: string; to: string }): Promise<UsageRowDto[]> {
    const when = (condition: string) => `coalesce(sum(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0)`;
    const rows = await this.sql.all<Omit<UsageRowDto, 'paths'> & Record<'offline' | 'llm' | 'offlineLlm', number>>(
      `SELECT u."id" AS "userId", u."email" AS "email",
                ${when(`r."kind" = 'message'`)} AS "messages",
                ${when(`r."kind" = 'sql'`)} AS "sqlRuns",
                coalesce(sum(r."rows_returned"), 0) AS "rowsReturned",
                coalesce(sum(r."prompt_tokens"), 0) AS "promptTokens",
                coalesce(sum(r."completion_tokens"), 0) AS "completionTokens",
                coalesce(sum(r."cost_usd"), 0.0) AS "estimatedCostUsd",
                ${when(`r."path" = 'offline'`)} AS "offline",
                ${when(`r."path" = 'llm'`)} AS "llm",
                ${when(`r."path" = 'offline+llm'`)} AS "offlineLlm"
         FROM "users" u
         LEFT JOIN "usage_records" r ON r."user_id" = u."id" AND r."created_at" >= ? AND r."created_at" < ?
         WHERE (CAST(? AS TEXT) IS NULL OR u."id" = ?)
         GROUP BY u."id", u."email" ORDER BY u."email"`,
      [opts.from, opts.to, opts.userId, opts.userId],
    );
    return rows.map(({ offline, llm, offlineLlm, ...r }) => ({
      ...r,
      estimatedCostUsd: Math.round(r.estimatedCostUsd * 1e6) / 1e6,
      paths: { offline, llm, 'offline+llm': offlineLlm },
    }));
  }
}
