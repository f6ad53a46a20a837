import { Migration } from '@mikro-orm/migrations';

/**
 * Which way of writing SQL answered a message (issue 13, routing): `offline` (the offline parser),
 * `llm` (the model alone) or `offline+llm` (the model after an incomplete offline parse), on the
 * answer and on its usage record; NULL for rows made before this migration, questions, and
 * user-edited SQL runs. The same statements on SQLite and PostgreSQL.
 */
export const ANSWER_PATH_SQL: readonly string[] = ['usage_records', 'messages'].map(
  (table) => `ALTER TABLE "${table}" ADD COLUMN "path" TEXT NULL
  CHECK ("path" IS NULL OR "path" IN ('offline', 'llm', 'offline+llm'))`,
);

/** Migration 20261204183000: `usage_records.path` and `messages.path`. */
export class Migration20261204183000 extends Migration {
  override up(): Promise<void> {
    for (const sql of ANSWER_PATH_SQL) this.addSql(sql);
    return Promise.resolve();
  }
}
