import pg from 'pg';

import { EVENT_TAGS } from '../derive';
import { DATA_TABLES } from '../DATA_TABLES';
import { CsvFolder } from '../ingest/CsvFolder';
import { CSV_FILES } from '../ingest/csvFiles';
import { LINK_PEOPLE_TO_COMPANIES } from '../ingest/ingestCsvFolder';
import type { IngestProgress, IngestReport } from '../ingest/IngestReport';
import { IngestSession } from '../ingest/IngestSession';
import { analyzeDataTables } from '../ingest/plannerStatistics';
import { migratePostgres } from './postgresOrm';
import { BULK_LOAD_FROM, PostgresIngestStore } from './PostgresIngestStore';

/** Options of {@link ingestCsvFolderToPostgres}. */
export interface PostgresIngestOptions {
  /** Folder holding event_info.csv, company_info.csv and people_info.csv. */
  from: string;
  /** `postgres://user@host:port/database`; migrated when needed. */
  databaseUrl: string;
  onProgress?: (progress: IngestProgress) => void;
  /**
   * A table getting at least this many new rows, more than it held, is bulk-loaded: its keys, foreign keys and
   * indexes are dropped and rebuilt (and people are streamed into an empty table as they are read). Default
   * {@link BULK_LOAD_FROM}; tests lower it to run that path on small folders.
   */
  bulkLoadFrom?: number;
}

/** The fewest bytes a row of people_info.csv takes (its 20-odd columns and their separators). */
const MIN_PERSON_ROW_BYTES = 64;

/** The tables an ingestion writes, parents before children (the order they are loaded in). */
export const INGESTED_TABLES = [
  'events',
  'tags',
  'event_tags',
  'companies',
  'company_industries',
  'participations',
  'people',
  'person_job_functions',
  'ingest_runs',
  'ingest_issues',
] as const;
/** The tables whose rows merging reads: every ingested table but the tag vocabulary and the run log. */
const MERGED_TABLES = INGESTED_TABLES.filter((t) => t !== 'tags' && t !== 'ingest_runs' && t !== 'ingest_issues');

const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Ingests the three CSV files of a folder into a PostgreSQL database with the SQLite ingestion's validation,
 * merging, issue log and all-or-nothing rule, because the same modules do it (CsvFolder, ingestEvents,
 * ingestCompanies, ingestPeople) through a {@link PostgresIngestStore}: in ONE transaction the ingested tables
 * are locked against other writers (plain SELECTs still run) and read, the files are merged into them in
 * memory, and the result is bulk-loaded with `COPY ... FROM STDIN` (new rows appended, changed rows updated
 * from a temporary table). Bad input throws {@link IngestError} before anything is written; any failure rolls
 * back, leaving the database as it was.
 *
 * @example const report = await ingestCsvFolderToPostgres({ from: '../shared/data/bytegenie', databaseUrl });
 */
export async function ingestCsvFolderToPostgres(opts: PostgresIngestOptions): Promise<IngestReport> {
  const startedAt = new Date();
  // Check every file and header before touching the database.
  const folder = CsvFolder.open(opts.from);
  await migratePostgres(opts.databaseUrl);

  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  let store: PostgresIngestStore | null = null;
  try {
    await client.query('BEGIN');
    // Dates read back as the ingestion writes them ('YYYY-MM-DD'), whatever the server's default.
    await client.query(`SET LOCAL datestyle = 'ISO, YMD'`);
    // A bulk load rebuilds the keys and indexes of large tables: room to sort them in memory.
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    // EXCLUSIVE: no other writer (a second ingest waits here), plain SELECTs still run.
    await client.query(`LOCK TABLE ${INGESTED_TABLES.map(q).join(', ')} IN EXCLUSIVE MODE`);
    const runId = await nextId(client, 'ingest_runs');
    await client.query('INSERT INTO "ingest_runs" ("id", "started_at", "source") VALUES ($1, $2, $3)', [
      runId,
      startedAt.toISOString(),
      folder.dir,
    ]);
    await seedTags(client);
    const bulkLoadFrom = opts.bulkLoadFrom ?? BULK_LOAD_FROM;
    store = await PostgresIngestStore.load(
      client,
      MERGED_TABLES,
      runId,
      await nextId(client, 'ingest_issues'),
      bulkLoadFrom,
    );
    // Streaming people as they are read pays when the file may hold a bulk load's worth of rows.
    const streamPeople = folder.people.size >= bulkLoadFrom * MIN_PERSON_ROW_BYTES;
    const session = new IngestSession(store);
    const loading = store;
    await folder.ingest(session, opts.onProgress, (file) => {
      // Events and companies are final once company_info.csv is read (people only refer to them): PostgreSQL
      // loads them while people_info.csv is parsed, then takes the people as they come.
      if (file !== CSV_FILES.companies.file) return;
      loading.flushSoon(['events', 'event_tags', 'companies', 'company_industries', 'participations']);
      if (streamPeople) loading.streamInsertsSoon('people');
    });
    await store.flush(INGESTED_TABLES);
    // New people got their company's id as they were read; only people stored before can lack it.
    if (store.hadRows('people')) await client.query(LINK_PEOPLE_TO_COMPANIES);
    await client.query(`SELECT setval(pg_get_serial_sequence('"ingest_runs"', 'id'), $1::int + 1, false)`, [runId]);

    // Every data table's count in one round trip.
    const { rows: counted } = await client.query<Record<string, number>>(
      `SELECT ${DATA_TABLES.map((t) => `(SELECT count(*)::int FROM ${q(t.name)}) AS ${q(t.name)}`).join(', ')}`,
    );
    const tables: Record<string, number> = {};
    for (const t of DATA_TABLES) tables[t.name] = counted[0]?.[t.name] ?? 0;

    const report = folder.report(session, runId, startedAt, tables);
    await client.query('UPDATE "ingest_runs" SET "finished_at" = $1, "summary" = $2 WHERE "id" = $3', [
      report.finishedAt,
      JSON.stringify(report),
      runId,
    ]);
    // Statistics for the planner over what the run wrote, inside the run's transaction (all or nothing).
    await client.query(analyzeDataTables('postgresql'));
    await client.query('COMMIT');
    return report;
  } catch (error) {
    await store?.abort();
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The id after the largest stored one (ids are numbered as SQLite numbers them: max + 1). */
async function nextId(client: pg.Client, table: string): Promise<number> {
  const { rows } = await client.query<{ id: number }>(`SELECT coalesce(max("id"), 0)::int + 1 AS id FROM ${q(table)}`);
  return rows[0]?.id ?? 1;
}

/**
 * The tag vocabulary is data: kept in step with derive's EVENT_TAGS on every run (as ingestCsvFolder does), in one
 * statement over the whole vocabulary (a round trip per tag was forty at the start of every run).
 */
async function seedTags(client: pg.Client): Promise<void> {
  await client.query(
    'INSERT INTO "tags" ("tag", "label", "description") ' +
      'SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ' +
      'ON CONFLICT ("tag") DO UPDATE SET "label" = excluded."label", "description" = excluded."description" ' +
      'WHERE "tags"."label" IS DISTINCT FROM excluded."label" OR "tags"."description" IS DISTINCT FROM excluded."description"',
    [EVENT_TAGS.map((t) => t.tag), EVENT_TAGS.map((t) => t.label), EVENT_TAGS.map((t) => t.description ?? null)],
  );
}
