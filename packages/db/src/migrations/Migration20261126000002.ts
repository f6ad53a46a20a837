import { Migration } from '@mikro-orm/migrations';

import { migrationDialect, type MigrationDialect } from './migrationDialect';

/**
 * The app tables (accounts, API keys, chats, messages, full results, usage records), owned by
 * apps/server and never queryable by the engine. Hand-written so the constraints are exact.
 */
export const appTablesSql = (d: MigrationDialect): readonly string[] => [
  `CREATE TABLE IF NOT EXISTS "users" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'user' CHECK ("role" IN ('user', 'admin')),
    "created_at" TEXT NOT NULL,
    "disabled_at" TEXT NULL
  )`,
  `CREATE UNIQUE INDEX IF NOT EXISTS "users_email_unique" ON "users" ("email")`,
  `CREATE TABLE IF NOT EXISTS "api_keys" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "user_id" TEXT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL CHECK (length("hash") = 64),
    "created_at" TEXT NOT NULL,
    "last_used_at" TEXT NULL,
    "revoked_at" TEXT NULL
  )`,
  `CREATE UNIQUE INDEX IF NOT EXISTS "api_keys_prefix_unique" ON "api_keys" ("prefix")`,
  `CREATE INDEX IF NOT EXISTS "api_keys_user_id_index" ON "api_keys" ("user_id")`,
  `CREATE TABLE IF NOT EXISTS "chats" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "user_id" TEXT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "title" TEXT NOT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS "chats_user_id_updated_at_index" ON "chats" ("user_id", "updated_at")`,
  `CREATE TABLE IF NOT EXISTS "messages" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "chat_id" TEXT NOT NULL REFERENCES "chats" ("id") ON DELETE CASCADE,
    "seq" INTEGER NOT NULL CHECK ("seq" >= 0),
    "role" TEXT NOT NULL CHECK ("role" IN ('user', 'assistant')),
    "kind" TEXT NOT NULL CHECK ("kind" IN ('greeting', 'question', 'answer')),
    "text" TEXT NOT NULL,
    "client_message_id" TEXT NULL,
    "reply_to_id" TEXT NULL REFERENCES "messages" ("id") ON DELETE CASCADE,
    "status" TEXT NULL CHECK ("status" IN ('pending', 'answered', 'refused', 'failed')),
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
    "created_at" TEXT NOT NULL,
    CHECK (("role" = 'user') = ("kind" = 'question')),
    CHECK (("kind" = 'answer') = ("status" IS NOT NULL)),
    CHECK ("client_message_id" IS NULL OR "role" = 'user')
  )`,
  `CREATE UNIQUE INDEX IF NOT EXISTS "messages_chat_id_seq_unique" ON "messages" ("chat_id", "seq")`,
  `CREATE UNIQUE INDEX IF NOT EXISTS "messages_chat_id_client_message_id_unique" ON "messages" ("chat_id", "client_message_id")`,
  `CREATE UNIQUE INDEX IF NOT EXISTS "messages_reply_to_id_unique" ON "messages" ("reply_to_id")`,
  `CREATE TABLE IF NOT EXISTS "message_results" (
    "message_id" TEXT NOT NULL PRIMARY KEY REFERENCES "messages" ("id") ON DELETE CASCADE,
    "columns" TEXT NOT NULL,
    "rows" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL CHECK ("row_count" >= 0),
    "truncated" INTEGER NOT NULL DEFAULT 0
  )`,
  `CREATE TABLE IF NOT EXISTS "usage_records" (
    "id" ${d.autoincrementKey},
    "user_id" TEXT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "kind" TEXT NOT NULL CHECK ("kind" IN ('message', 'sql')),
    "chat_id" TEXT NULL,
    "message_id" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "rows_returned" INTEGER NOT NULL DEFAULT 0 CHECK ("rows_returned" >= 0),
    "prompt_tokens" INTEGER NOT NULL DEFAULT 0 CHECK ("prompt_tokens" >= 0),
    "completion_tokens" INTEGER NOT NULL DEFAULT 0 CHECK ("completion_tokens" >= 0),
    "provider" TEXT NULL,
    "model" TEXT NULL,
    "estimated" INTEGER NOT NULL DEFAULT 0,
    "cost_usd" ${d.real} NOT NULL DEFAULT 0 CHECK ("cost_usd" >= 0)
  )`,
  `CREATE INDEX IF NOT EXISTS "usage_records_user_id_created_at_index" ON "usage_records" ("user_id", "created_at")`,
  `CREATE INDEX IF NOT EXISTS "usage_records_created_at_index" ON "usage_records" ("created_at")`,
];

const DROP_ORDER = ['usage_records', 'message_results', 'messages', 'chats', 'api_keys', 'users'] as const;

/** Migration 0002 (20261126000002): the app tables. */
export class Migration20261126000002 extends Migration {
  override async up(): Promise<void> {
    for (const statement of appTablesSql(migrationDialect(this.driver))) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const table of DROP_ORDER) this.addSql(`DROP TABLE IF EXISTS "${table}"`);
  }
}
