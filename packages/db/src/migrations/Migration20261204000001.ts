import { Migration } from '@mikro-orm/migrations';

/**
 * The `messages` table as of this migration: status `clarify` (the engine asks a question back)
 * and its `clarification` (JSON: question, part, options).
 */
const MESSAGES_SQL = `CREATE TABLE "messages" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "chat_id" TEXT NOT NULL REFERENCES "chats" ("id") ON DELETE CASCADE,
    "seq" INTEGER NOT NULL CHECK ("seq" >= 0),
    "role" TEXT NOT NULL CHECK ("role" IN ('user', 'assistant')),
    "kind" TEXT NOT NULL CHECK ("kind" IN ('greeting', 'question', 'answer')),
    "text" TEXT NOT NULL,
    "client_message_id" TEXT NULL,
    "reply_to_id" TEXT NULL REFERENCES "messages" ("id") ON DELETE CASCADE,
    "status" TEXT NULL CHECK ("status" IN ('pending', 'answered', 'clarify', 'refused', 'failed')),
    "reason_code" TEXT NULL,
    "reason_message" TEXT NULL,
    "sql" TEXT NULL,
    "interpretation" TEXT NULL,
    "understanding" TEXT NULL,
    "columns" TEXT NULL,
    "preview" TEXT NULL,
    "row_count" INTEGER NULL CHECK ("row_count" >= 0),
    "truncated" INTEGER NULL,
    "latency_ms" INTEGER NULL CHECK ("latency_ms" >= 0),
    "usage" TEXT NULL,
    "clarification" TEXT NULL CHECK ("clarification" IS NULL OR "status" = 'clarify'),
    "created_at" TEXT NOT NULL,
    CHECK (("role" = 'user') = ("kind" = 'question')),
    CHECK (("kind" = 'answer') = ("status" IS NOT NULL)),
    CHECK ("client_message_id" IS NULL OR "role" = 'user')
  )`;

const MESSAGE_RESULTS_SQL = `CREATE TABLE "message_results" (
    "message_id" TEXT NOT NULL PRIMARY KEY REFERENCES "messages" ("id") ON DELETE CASCADE,
    "columns" TEXT NOT NULL,
    "rows" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL CHECK ("row_count" >= 0),
    "truncated" INTEGER NOT NULL DEFAULT 0
  )`;

const MESSAGE_INDEXES = [
  `CREATE UNIQUE INDEX "messages_chat_id_seq_unique" ON "messages" ("chat_id", "seq")`,
  `CREATE UNIQUE INDEX "messages_chat_id_client_message_id_unique" ON "messages" ("chat_id", "client_message_id")`,
  `CREATE UNIQUE INDEX "messages_reply_to_id_unique" ON "messages" ("reply_to_id")`,
];

const OLD_COLUMNS =
  '"id", "chat_id", "seq", "role", "kind", "text", "client_message_id", "reply_to_id", "status", "reason_code", ' +
  '"reason_message", "sql", "interpretation", "understanding", "columns", "preview", "row_count", "truncated", ' +
  '"latency_ms", "usage", "created_at"';

/**
 * Migration 20261204000001: answers may be `clarify`, with a `clarification` column. SQLite cannot
 * change a CHECK in place, so `messages` is rebuilt. Migrations run in a transaction, where
 * `PRAGMA foreign_keys = OFF` has no effect, and dropping `messages` would cascade into
 * `message_results`: both tables are copied aside first, dropped child first, recreated and refilled
 * (questions before the answers that reference them), inside the one transaction.
 */
export class Migration20261204000001 extends Migration {
  override up(): Promise<void> {
    this.addSql(`CREATE TEMP TABLE "messages_copy" AS SELECT ${OLD_COLUMNS} FROM "messages"`);
    this.addSql(`CREATE TEMP TABLE "message_results_copy" AS SELECT * FROM "message_results"`);
    this.addSql(`DROP TABLE "message_results"`);
    this.addSql(`DROP TABLE "messages"`);
    this.addSql(MESSAGES_SQL);
    for (const index of MESSAGE_INDEXES) this.addSql(index);
    this.addSql(
      `INSERT INTO "messages" (${OLD_COLUMNS}) SELECT ${OLD_COLUMNS} FROM "messages_copy" ORDER BY "reply_to_id" IS NOT NULL, "seq"`,
    );
    this.addSql(MESSAGE_RESULTS_SQL);
    this.addSql(`INSERT INTO "message_results" SELECT * FROM "message_results_copy"`);
    this.addSql(`DROP TABLE "messages_copy"`);
    this.addSql(`DROP TABLE "message_results_copy"`);
    return Promise.resolve();
  }
}
