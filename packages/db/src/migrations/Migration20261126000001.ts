import { Migration } from '@mikro-orm/migrations';

import { migrationDialect } from './migrationDialect';

// A migration is a frozen snapshot: its vocabularies are copied here, not imported (changing one needs a new migration).
const RELATIONS = ['sponsor', 'partner', 'speaker', 'expert', 'exhibitor', 'associate', 'attendee', 'organizer'];
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
const SENIORITIES = ['c_level', 'vp', 'director', 'head', 'manager', 'senior', 'entry'];
const LOCATION_SOURCES = ['venue', 'country', 'name', 'description', 'url'];
const INGEST_ACTIONS = ['merged', 'repaired', 'rejected'];

// The vocabularies are constants above (never user input), so inlining them as literals is safe.
// An OR chain, not `IN (...)`: SQLite builds an ephemeral table for an IN list on every row a CHECK tests,
// which doubled the cost of inserting a person.
const oneOf = (column: string, values: readonly string[]): string =>
  `"${column}" IS NULL OR ${values.map((v) => `"${column}" = '${v}'`).join(' OR ')}`;

/**
 * The data tables (events, tags, companies, participations, people, ingestion log) with their keys,
 * constraints and the indexes behind every join and filter. Hand-written so the CHECK constraints are explicit.
 */
export class Migration20261126000001 extends Migration {
  override async up(): Promise<void> {
    const d = migrationDialect(this.driver);
    this.addSql(`CREATE TABLE "events" (
      "id" ${d.integerKey},
      "url" TEXT NOT NULL CONSTRAINT "events_url_unique" UNIQUE,
      "name" TEXT NOT NULL,
      "start_date" ${d.isoDate('start_date')},
      "end_date" ${d.isoDate('end_date')},
      "duration_days" INTEGER NULL CHECK ("duration_days" IS NULL OR "duration_days" >= 1),
      "venue" TEXT NULL,
      "city" TEXT NULL,
      "country" TEXT NULL,
      "country_code" TEXT NULL CHECK (${d.countryCode('country_code')}),
      "location_source" TEXT NULL CHECK (${oneOf('location_source', LOCATION_SOURCES)}),
      "event_country_raw" TEXT NULL,
      "description" TEXT NULL,
      "logo_url" TEXT NULL,
      CONSTRAINT "events_dates_ordered" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date")
    )`);
    this.addSql(`CREATE INDEX "events_start_date_index" ON "events" ("start_date")`);
    this.addSql(`CREATE INDEX "events_end_date_index" ON "events" ("end_date")`);
    this.addSql(`CREATE INDEX "events_country_index" ON "events" ("country")`);
    this.addSql(`CREATE INDEX "events_country_code_index" ON "events" ("country_code")`);
    this.addSql(`CREATE INDEX "events_city_index" ON "events" ("city")`);
    this.addSql(`CREATE INDEX "events_venue_index" ON "events" ("venue")`);
    this.addSql(`CREATE INDEX "events_name_index" ON "events" ("name")`);

    this.addSql(`CREATE TABLE "tags" (
      "tag" TEXT PRIMARY KEY NOT NULL CHECK (${d.lowercaseIdentifier('tag')}),
      "label" TEXT NOT NULL,
      "description" TEXT NULL
    )`);

    this.addSql(`CREATE TABLE "event_tags" (
      "event_id" INTEGER NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "tag" TEXT NOT NULL REFERENCES "tags" ("tag") ON UPDATE CASCADE,
      PRIMARY KEY ("event_id", "tag")
    )${d.compositeKeyTable}`);
    this.addSql(`CREATE INDEX "event_tags_tag_index" ON "event_tags" ("tag")`);

    this.addSql(`CREATE TABLE "companies" (
      "id" ${d.integerKey},
      "domain" TEXT NOT NULL CONSTRAINT "companies_domain_unique" UNIQUE CHECK ("domain" = lower("domain") AND "domain" <> ''),
      "name" TEXT NOT NULL,
      "homepage_url" TEXT NULL,
      "linkedin_url" TEXT NULL,
      "logo_url" TEXT NULL,
      "phone" TEXT NULL,
      "founded_year" INTEGER NULL CHECK ("founded_year" IS NULL OR "founded_year" BETWEEN 1000 AND 2999),
      "address" TEXT NULL,
      "city" TEXT NULL,
      "state" TEXT NULL,
      "country_code" TEXT NULL CHECK (${d.countryCode('country_code')}),
      "country" TEXT NULL,
      "employees_raw" TEXT NULL,
      "employees_min" INTEGER NULL CHECK ("employees_min" IS NULL OR "employees_min" >= 0),
      "employees_max" INTEGER NULL,
      "revenue_raw" TEXT NULL,
      "revenue_usd" ${d.real} NULL CHECK ("revenue_usd" IS NULL OR "revenue_usd" >= 0),
      "industry" TEXT NULL,
      "industries" TEXT NULL,
      "overview" TEXT NULL,
      CONSTRAINT "companies_employees_ordered"
        CHECK ("employees_min" IS NULL OR "employees_max" IS NULL OR "employees_min" <= "employees_max")
    )`);
    this.addSql(`CREATE INDEX "companies_name_index" ON "companies" ("name")`);
    this.addSql(`CREATE INDEX "companies_country_index" ON "companies" ("country")`);
    this.addSql(`CREATE INDEX "companies_country_code_index" ON "companies" ("country_code")`);
    this.addSql(`CREATE INDEX "companies_city_index" ON "companies" ("city")`);
    this.addSql(`CREATE INDEX "companies_industry_index" ON "companies" ("industry")`);
    this.addSql(`CREATE INDEX "companies_employees_min_index" ON "companies" ("employees_min")`);
    this.addSql(`CREATE INDEX "companies_revenue_usd_index" ON "companies" ("revenue_usd")`);

    this.addSql(`CREATE TABLE "company_industries" (
      "company_id" INTEGER NOT NULL REFERENCES "companies" ("id") ON DELETE CASCADE,
      "industry" TEXT NOT NULL CHECK ("industry" <> ''),
      "position" INTEGER NOT NULL CHECK ("position" >= 0),
      PRIMARY KEY ("company_id", "industry")
    )${d.compositeKeyTable}`);
    this.addSql(`CREATE INDEX "company_industries_industry_index" ON "company_industries" ("industry")`);

    this.addSql(`CREATE TABLE "participations" (
      "id" ${d.integerKey},
      "event_id" INTEGER NOT NULL REFERENCES "events" ("id") ON DELETE CASCADE,
      "company_id" INTEGER NOT NULL REFERENCES "companies" ("id") ON DELETE CASCADE,
      "relation" TEXT NOT NULL CHECK (${oneOf('relation', RELATIONS)}),
      "logo_url_on_event_page" TEXT NULL,
      "logo_match" TEXT NULL,
      CONSTRAINT "participations_event_company_relation_unique" UNIQUE ("event_id", "company_id", "relation")
    )`);
    this.addSql(`CREATE INDEX "participations_company_id_index" ON "participations" ("company_id")`);
    this.addSql(`CREATE INDEX "participations_relation_index" ON "participations" ("relation")`);

    this.addSql(`CREATE TABLE "people" (
      "id" ${d.integerKey},
      "company_id" INTEGER NULL REFERENCES "companies" ("id") ON DELETE SET NULL,
      "company_domain" TEXT NOT NULL CHECK ("company_domain" = lower("company_domain") AND "company_domain" <> ''),
      "first_name" TEXT NOT NULL CHECK ("first_name" <> ''),
      "middle_name" TEXT NULL,
      "last_name" TEXT NULL,
      "surname" TEXT NULL,
      "full_name" TEXT NOT NULL,
      "identity_key" TEXT NOT NULL CONSTRAINT "people_identity_key_unique" UNIQUE,
      "job_title" TEXT NULL,
      "job_function" TEXT NULL CHECK (${oneOf('job_function', JOB_FUNCTIONS)}),
      "seniority" TEXT NULL CHECK (${oneOf('seniority', SENIORITIES)}),
      "city" TEXT NULL,
      "state" TEXT NULL,
      "country_raw" TEXT NULL,
      "country" TEXT NULL,
      "country_code" TEXT NULL CHECK (${d.countryCode('country_code')}),
      "email_pattern" TEXT NULL,
      "email" TEXT NULL CHECK (${d.emailLike('email')}),
      "duration_in_current_job" TEXT NULL,
      "duration_in_current_company" TEXT NULL
    )`);
    this.addSql(`CREATE INDEX "people_company_id_index" ON "people" ("company_id")`);
    this.addSql(`CREATE INDEX "people_company_domain_index" ON "people" ("company_domain")`);
    this.addSql(`CREATE INDEX "people_job_function_index" ON "people" ("job_function")`);
    this.addSql(`CREATE INDEX "people_seniority_index" ON "people" ("seniority")`);
    this.addSql(`CREATE INDEX "people_country_index" ON "people" ("country")`);
    this.addSql(`CREATE INDEX "people_city_index" ON "people" ("city")`);

    this.addSql(`CREATE TABLE "ingest_runs" (
      "id" ${d.integerKey},
      "started_at" TEXT NULL,
      "finished_at" TEXT NULL,
      "source" TEXT NULL,
      "summary" TEXT NULL CHECK (${d.jsonText('summary')})
    )`);

    this.addSql(`CREATE TABLE "ingest_issues" (
      "id" ${d.integerKey},
      "run_id" INTEGER NULL REFERENCES "ingest_runs" ("id") ON DELETE CASCADE,
      "file" TEXT NOT NULL,
      "line" INTEGER NOT NULL CHECK ("line" >= 1),
      "column" TEXT NULL,
      "action" TEXT NULL CHECK (${oneOf('action', INGEST_ACTIONS)}),
      "reason" TEXT NOT NULL,
      "value" TEXT NULL
    )`);
    this.addSql(`CREATE INDEX "ingest_issues_run_id_index" ON "ingest_issues" ("run_id")`);
    this.addSql(`CREATE INDEX "ingest_issues_file_line_index" ON "ingest_issues" ("file", "line")`);
    this.addSql(`CREATE INDEX "ingest_issues_action_index" ON "ingest_issues" ("action")`);
  }

  override async down(): Promise<void> {
    for (const table of [
      'ingest_issues',
      'ingest_runs',
      'people',
      'participations',
      'company_industries',
      'companies',
      'event_tags',
      'tags',
      'events',
    ]) {
      this.addSql(`DROP TABLE IF EXISTS "${table}"`);
    }
  }
}
