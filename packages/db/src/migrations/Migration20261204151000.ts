import { Migration } from '@mikro-orm/migrations';

/**
 * The tables of learning from users (issue 13), owned by apps/server and never queryable by the
 * engine: ratings of answers, verified examples (question + the structured request or SQL that
 * answered it, and who verified it) and glossary terms (per workspace, or personal to one user).
 */
export const LEARNING_TABLES_SQL: readonly string[] = [
  `CREATE TABLE "message_ratings" (
    "message_id" TEXT NOT NULL PRIMARY KEY REFERENCES "messages" ("id") ON DELETE CASCADE,
    "user_id" TEXT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "rating" TEXT NOT NULL CHECK ("rating" IN ('up', 'down')),
    "comment" TEXT NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
  )`,
  `CREATE INDEX "message_ratings_rating_updated_at_index" ON "message_ratings" ("rating", "updated_at")`,
  `CREATE TABLE "verified_examples" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "question" TEXT NOT NULL CHECK (length(trim("question")) > 0),
    "generator" TEXT NOT NULL,
    "request" TEXT NULL,
    "sql" TEXT NULL,
    "interpretation" TEXT NULL,
    "verified_by" TEXT NULL REFERENCES "users" ("id") ON DELETE SET NULL,
    "source_message_id" TEXT NULL REFERENCES "messages" ("id") ON DELETE SET NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL,
    CHECK ("request" IS NOT NULL OR "sql" IS NOT NULL)
  )`,
  `CREATE UNIQUE INDEX "verified_examples_source_message_id_unique" ON "verified_examples" ("source_message_id")`,
  `CREATE TABLE "glossary_terms" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "user_id" TEXT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    "term" TEXT NOT NULL CHECK (length(trim("term")) > 0),
    "term_key" TEXT NOT NULL CHECK (length("term_key") > 0),
    "concept" TEXT NOT NULL,
    "created_by" TEXT NULL REFERENCES "users" ("id") ON DELETE SET NULL,
    "created_at" TEXT NOT NULL,
    "updated_at" TEXT NOT NULL
  )`,
  // One term per owner (NULL = the workspace): an expression index, as NULLs are distinct in UNIQUE.
  `CREATE UNIQUE INDEX "glossary_terms_owner_term_key_unique" ON "glossary_terms" (coalesce("user_id", ''), "term_key")`,
];

/** Migration 20261204151000: ratings, verified examples and glossary terms. */
export class Migration20261204151000 extends Migration {
  override up(): Promise<void> {
    for (const sql of LEARNING_TABLES_SQL) this.addSql(sql);
    return Promise.resolve();
  }
}
