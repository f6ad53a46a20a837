import fs from 'node:fs';

import type Database from 'better-sqlite3';

import { EVENT_TAGS } from '../derive';
import { migrate } from '../migrate';
import { openSqlite } from '../openSqlite';
import { DATA_TABLES } from '../DATA_TABLES';
import { CsvFolder } from './CsvFolder';
import { deferIndexes } from './deferIndexes';
import type { IngestProgress, IngestReport } from './IngestReport';
import { IngestSession } from './IngestSession';
import { analyzeDataTables } from './plannerStatistics';
import { SqliteIngestStore } from './SqliteIngestStore';

/** Options of {@link ingestCsvFolder}. */
export interface IngestOptions {
  /** Folder holding event_info.csv, company_info.csv and people_info.csv. */
  from: string;
  /** Database file; created and migrated when needed. */
  db: string;
  /** Called as the files are parsed (about every 2,000 rows and at the end of each file). */
  onProgress?: (progress: IngestProgress) => void;
}

const CACHE_KIB = 192 * 1024;
const BULK_TABLES = [
  'events',
  'event_tags',
  'companies',
  'company_industries',
  'participations',
  'people',
  'person_job_functions',
  'ingest_issues',
];

/**
 * Ingests the three CSV files of a folder into a database, in one transaction: all or nothing.
 *
 * Files are streamed; rows are validated, cleaned, derived and merged by natural key (event URL, company domain,
 * person identity) into what the database already holds, so re-running the same input changes nothing and a second
 * folder merges without duplicates. Every merged, repaired or rejected row is recorded in ingest_issues.
 * Bad input (missing file or column, broken quoting, impossible date) throws an {@link IngestError} naming file,
 * line and column, and leaves the database file as it was.
 *
 * @example const report = await ingestCsvFolder({ from: '../shared/data/bytegenie', db: 'data/musaeid.db' });
 */
export async function ingestCsvFolder(opts: IngestOptions): Promise<IngestReport> {
  const startedAt = new Date();
  // Check every file and header before touching the database.
  const folder = CsvFolder.open(opts.from);

  const created = !fs.existsSync(opts.db);
  let db: ReturnType<typeof openSqlite> | null = null;
  try {
    await migrate(opts.db);
    db = openSqlite(opts.db);
    db.pragma(`cache_size = -${CACHE_KIB}`); // the unique-key index pages of a large people table stay in memory
    // Foreign keys are checked once over the written tables before COMMIT instead of on every row (the pragma
    // cannot change inside a transaction); a violation aborts the run like any other error.
    db.pragma('foreign_keys = OFF');
    db.exec('BEGIN IMMEDIATE');
    const runId = Number(
      db
        .prepare('INSERT INTO "ingest_runs" ("started_at", "source") VALUES (?, ?)')
        .run(startedAt.toISOString(), folder.dir).lastInsertRowid,
    );
    const session = new IngestSession(new SqliteIngestStore(db, runId));
    seedTags(db);
    // Tables that start empty are bulk-loaded: their secondary indexes are rebuilt once at the end.
    const restoreIndexes = BULK_TABLES.map((table) => deferIndexes(db!, table));
    await folder.ingest(session, opts.onProgress);
    for (const restore of restoreIndexes) restore();
    // People read before their company existed (an earlier folder) are linked now.
    db.exec(LINK_PEOPLE_TO_COMPANIES);

    const violations = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    if (violations.length > 0) {
      const v = violations[0];
      throw new Error(
        `${violations.length} foreign key violation(s), e.g. ${v?.table} row ${v?.rowid} -> ${v?.parent}`,
      );
    }

    const tables: Record<string, number> = {};
    for (const t of DATA_TABLES)
      tables[t.name] = db.prepare(`SELECT count(*) FROM "${t.name}"`).pluck().get() as number;
    const report = folder.report(session, runId, startedAt, tables);
    db.prepare('UPDATE "ingest_runs" SET "finished_at" = ?, "summary" = ? WHERE "id" = ?').run(
      report.finishedAt,
      JSON.stringify(report),
      runId,
    );
    // Statistics for the planner over what the run wrote, inside the run's transaction (all or nothing).
    db.exec(analyzeDataTables('sqlite'));
    db.exec('COMMIT');
    return report;
  } catch (error) {
    if (db?.inTransaction) db.exec('ROLLBACK');
    db?.close();
    db = null;
    if (created) for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(opts.db + suffix, { force: true });
    throw error;
  } finally {
    db?.close();
  }
}

/** People read before their company existed (an earlier folder) get its id (the same SQL on both backends). */
export const LINK_PEOPLE_TO_COMPANIES = `UPDATE "people" SET "company_id" = (SELECT "id" FROM "companies" WHERE "domain" = "people"."company_domain")
  WHERE "company_id" IS NULL AND "company_domain" IN (SELECT "domain" FROM "companies")`;

/** The tag vocabulary is data: kept in step with derive's EVENT_TAGS on every run. */
function seedTags(db: Database.Database): void {
  const upsert = db.prepare(
    'INSERT INTO "tags" ("tag", "label", "description") VALUES (?, ?, ?) ' +
      'ON CONFLICT ("tag") DO UPDATE SET "label" = excluded."label", "description" = excluded."description" ' +
      'WHERE "label" IS NOT excluded."label" OR "description" IS NOT excluded."description"',
  );
  for (const t of EVENT_TAGS) upsert.run(t.tag, t.label, t.description ?? null);
}
