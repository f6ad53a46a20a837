import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

import type Database from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

import { ingestCsvFolder } from '../ingest/ingestCsvFolder';
import type { IngestProgress, IngestReport } from '../ingest/IngestReport';
import { migrate } from '../migrate';
import { openSqlite } from '../openSqlite';
import { decodeCopyLine, encodeCopyRow, type CopyValue } from './copyText';
import { migratePostgres } from './postgresOrm';

/** Options of {@link ingestCsvFolderToPostgres}. */
export interface PostgresIngestOptions {
  /** Folder holding event_info.csv, company_info.csv and people_info.csv. */
  from: string;
  /** `postgres://user@host:port/database`; migrated when needed. */
  databaseUrl: string;
  onProgress?: (progress: IngestProgress) => void;
}

/** The tables an ingestion writes, parents before children (the order COPY loads them in). */
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

const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;
/** Rows are sent to COPY in chunks of about this many characters (fewer, larger writes). */
const CHUNK_CHARS = 256 * 1024;

/**
 * Ingests the three CSV files of a folder into a PostgreSQL database with exactly the SQLite ingestion's
 * validation, merging, issue log and all-or-nothing rule, because it is that ingestion: the database's
 * current data is staged in a scratch SQLite file, {@link ingestCsvFolder} merges the folder into it, and the
 * result replaces the data tables in ONE PostgreSQL transaction, bulk-loaded with `COPY ... FROM STDIN`
 * (secondary indexes dropped before and rebuilt after, identity sequences moved past the largest id).
 * Bad input throws {@link IngestError} before anything in PostgreSQL changes; any later failure rolls back.
 * The tables are locked against other writers from the start (readers keep reading the old rows until COPY).
 *
 * Cost: every run copies the whole data set out and back (fine for periodic loads; an incremental
 * merge in SQL is the next step for very large databases).
 *
 * @example const report = await ingestCsvFolderToPostgres({ from: '../shared/data/bytegenie', databaseUrl });
 */
export async function ingestCsvFolderToPostgres(opts: PostgresIngestOptions): Promise<IngestReport> {
  await migratePostgres(opts.databaseUrl);
  const stagingDir = mkdtempSync(path.join(os.tmpdir(), 'musaeid-pg-ingest-'));
  const stagingFile = path.join(stagingDir, 'staging.db');
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // EXCLUSIVE: no other writer (a second ingest waits here), plain SELECTs still run.
    await client.query(`LOCK TABLE ${INGESTED_TABLES.map(q).join(', ')} IN EXCLUSIVE MODE`);
    await migrate(stagingFile);
    const staging = openSqlite(stagingFile);
    try {
      staging.pragma('foreign_keys = OFF');
      for (const table of INGESTED_TABLES) await exportTable(client, staging, table);
    } finally {
      staging.close();
    }
    // Validation, merging and the issue log: the SQLite ingestion itself, on the staged copy.
    const report = await ingestCsvFolder({ from: opts.from, db: stagingFile, onProgress: opts.onProgress });
    const merged = openSqlite(stagingFile, { readonly: true });
    try {
      await client.query(`TRUNCATE ${INGESTED_TABLES.map(q).join(', ')}`);
      for (const table of INGESTED_TABLES) await importTable(client, merged, table);
    } finally {
      merged.close();
    }
    await client.query('COMMIT');
    return report;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
    rmSync(stagingDir, { recursive: true, force: true });
  }
}

function columnsOf(db: Database.Database, table: string): string[] {
  return db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[];
}

/** Copies a PostgreSQL table's rows into the same table of the staging file (COPY TO STDOUT, text format). */
async function exportTable(client: pg.Client, staging: Database.Database, table: string): Promise<void> {
  const columns = columnsOf(staging, table);
  const insert = staging.prepare(`INSERT INTO ${q(table)} VALUES (${columns.map(() => '?').join(', ')})`);
  const stream = client.query(copyTo(`COPY (SELECT ${columns.map(q).join(', ')} FROM ${q(table)}) TO STDOUT`));
  staging.exec('BEGIN');
  // Column affinity turns PostgreSQL's text of integers and reals back into numbers.
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) insert.run(decodeCopyLine(line));
  staging.exec('COMMIT');
}

/** Replaces a (truncated) PostgreSQL table's rows with the staging file's, by COPY FROM STDIN. */
async function importTable(client: pg.Client, merged: Database.Database, table: string): Promise<void> {
  const columns = columnsOf(merged, table);
  // Building an index once over the loaded rows is much faster than maintaining it row by row.
  const { rows: indexes } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = $1
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [table],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${q(index.name)}`);
  const sink = client.query(copyFrom(`COPY ${q(table)} (${columns.map(q).join(', ')}) FROM STDIN`));
  const done = once(sink, 'finish');
  let chunk = '';
  for (const row of merged
    .prepare(`SELECT * FROM ${q(table)}`)
    .raw()
    .iterate() as Iterable<CopyValue[]>) {
    chunk += encodeCopyRow(row);
    if (chunk.length >= CHUNK_CHARS) {
      if (!sink.write(chunk)) await once(sink, 'drain');
      chunk = '';
    }
  }
  sink.end(chunk);
  await done;
  for (const index of indexes) await client.query(index.definition);
  if (columns.includes('id')) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max("id"), 0) + 1, false) FROM ${q(table)}`,
      [q(table)],
    );
  }
}
