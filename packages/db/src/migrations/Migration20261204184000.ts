import { Migration } from '@mikro-orm/migrations';

import { migrationDialect } from './migrationDialect';

// A migration is a frozen snapshot: its vocabulary is copied here, not imported (changing it needs a new migration).
const JOB_FUNCTIONS = [
  'sales',
  'marketing',
  'hr',
  'engineering',
  'it',
  'finance',
  'operations',
  'executive',
  'legal',
  'product',
  'customer_success',
  'consulting',
  'education',
  'other',
];

/**
 * Every job function of a person ('VP Sales & Marketing' is both sales and marketing): the child table
 * `person_job_functions`, position 0 being the primary function that `people.job_function` keeps. Backfilled
 * from `people.job_function` (the primary function only: the rules that find the others live in the
 * classifier, which a frozen migration does not run; the next ingestion of the same files adds them).
 */
export class Migration20261204184000 extends Migration {
  override up(): Promise<void> {
    const d = migrationDialect(this.driver);
    this.addSql(`CREATE TABLE "person_job_functions" (
      "person_id" INTEGER NOT NULL REFERENCES "people" ("id") ON DELETE CASCADE,
      "job_function" TEXT NOT NULL CHECK (${JOB_FUNCTIONS.map((v) => `"job_function" = '${v}'`).join(' OR ')}),
      "position" INTEGER NOT NULL CHECK ("position" >= 0),
      PRIMARY KEY ("person_id", "job_function")
    )${d.compositeKeyTable}`);
    this.addSql(
      `CREATE INDEX "person_job_functions_job_function_index" ON "person_job_functions" ("job_function", "person_id")`,
    );
    this.addSql(
      `INSERT INTO "person_job_functions" ("person_id", "job_function", "position")
       SELECT "id", "job_function", 0 FROM "people" WHERE "job_function" IS NOT NULL`,
    );
    return Promise.resolve();
  }

  override down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "person_job_functions"`);
    return Promise.resolve();
  }
}
