/**
 * Ingestion into PostgreSQL gives exactly the SQLite ingestion's tables (same rows, same issue log), merges a
 * second folder, changes nothing on a re-run, and leaves PostgreSQL untouched when the input is bad.
 */
import fs from 'node:fs';
import path from 'node:path';

import { hasRealData, makeTmp, realDataDir, removeTmp, tryStartPgCluster } from '@musaeid/testkit';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { csvField } from '../demo/CsvWriter';
import { generateDemoData } from '../demo/generateDemoData';
import { CSV_FILES } from '../ingest/csvFiles';
import { IngestError } from '../ingest/IngestError';
import { ingestCsvFolder } from '../ingest/ingestCsvFolder';
import { openSqlite } from '../openSqlite';
import { INGESTED_TABLES, ingestCsvFolderToPostgres } from './ingestCsvFolderToPostgres';
import { migratePostgres } from './postgresOrm';

const attempt = await tryStartPgCluster();
const root = makeTmp('pg-ingest');
const first = path.join(root, 'first');
const second = path.join(root, 'second');
const sqliteFile = path.join(root, 'reference.db');

/** Each ingested table's rows as text, ordered by every column, without the run timestamps and paths that differ per run. */
type Dump = Record<string, string[][]>;
const VOLATILE: Record<string, readonly string[]> = { ingest_runs: ['started_at', 'finished_at', 'summary', 'source'] };

function sqliteDump(file: string): Dump {
  const db = openSqlite(file, { readonly: true });
  try {
    const out: Dump = {};
    for (const table of INGESTED_TABLES) {
      const columns = (
        db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck().all(table) as string[]
      ).filter((c) => !VOLATILE[table]?.includes(c));
      out[table] = (
        db
          .prepare(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}"`)
          .raw()
          .all() as unknown[][]
      )
        .map((row) => row.map((v) => (v === null ? '\\N' : typeof v === 'string' ? v : (v as number).toString())))
        .sort(compareRows);
    }
    return out;
  } finally {
    db.close();
  }
}

async function pgDump(url: string): Promise<Dump> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Dump = {};
    for (const table of INGESTED_TABLES) {
      const { rows: cols } = await client.query<{ column_name: string }>(
        'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
        [table],
      );
      const columns = cols.map((c) => c.column_name).filter((c) => !VOLATILE[table]?.includes(c));
      // Text casts make the comparison about stored values, not about the two drivers' JS types.
      const { rows } = await client.query<{ r: (string | null)[] }>(
        `SELECT ARRAY[${columns.map((c) => `"${c}"::text`).join(', ')}] AS r FROM "${table}"`,
      );
      out[table] = rows.map((row) => row.r.map((v) => (v === null ? '\\N' : v))).sort(compareRows);
    }
    return out;
  } finally {
    await client.end();
  }
}

/** The schema's constraints and indexes (a bulk load drops and recreates them: a rollback must bring them back). */
async function pgCatalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ item: string }>(
      `SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS item FROM pg_constraint
        WHERE connamespace = current_schema()::regnamespace
       UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`,
    );
    return rows.map((r) => r.item);
  } finally {
    await client.end();
  }
}

async function run(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function compareRows(a: string[], b: string[]): number {
  const x = a.join('\u0001');
  const y = b.join('\u0001');
  return x < y ? -1 : x > y ? 1 : 0;
}

describe.skipIf(!attempt.cluster)('ingesting into PostgreSQL', () => {
  const cluster = attempt.cluster!;
  let url = '';
  beforeAll(async () => {
    url = await cluster.createDatabase('ingest');
    await generateDemoData({ outDir: first, seed: 5, people: 400, today: '2026-01-15' });
    await generateDemoData({ outDir: second, seed: 6, people: 300, today: '2026-01-15' });
    // The second folder also restates part of the first (as a newer export would), changing some of it: rows
    // stored before are then updated, kept unchanged or given new child lists, not only inserted.
    for (const file of Object.values(CSV_FILES).map((f) => f.file)) {
      const records: string[][] = parse(fs.readFileSync(path.join(first, file)), { relax_column_count: true });
      const header = records[0] ?? [];
      const restated = records
        .slice(1, 60)
        .map((r, i) => (i % 3 === 0 ? r.map((v, j) => (j === header.length - 1 ? `${v} (revised)` : v)) : r));
      fs.appendFileSync(path.join(second, file), restated.map((r) => r.map(csvField).join(',') + '\n').join(''));
    }
  });
  afterAll(async () => {
    await cluster.stop();
    removeTmp(root);
  });

  it('stores exactly what the SQLite ingestion stores, issue log included, and merges a second folder the same way', async () => {
    const pgReport = await ingestCsvFolderToPostgres({ from: first, databaseUrl: url });
    const sqliteReport = await ingestCsvFolder({ from: first, db: sqliteFile });
    expect(pgReport.files).toEqual(sqliteReport.files);
    expect(pgReport.participations).toEqual(sqliteReport.participations);
    expect(pgReport.tables).toEqual(sqliteReport.tables);
    expect(pgReport.issues).toEqual(sqliteReport.issues);
    expect(pgReport.tables.people).toBeGreaterThan(0);
    expect(await pgDump(url)).toEqual(sqliteDump(sqliteFile));

    const pgSecond = await ingestCsvFolderToPostgres({ from: second, databaseUrl: url });
    const sqliteSecond = await ingestCsvFolder({ from: second, db: sqliteFile });
    expect(pgSecond.files).toEqual(sqliteSecond.files);
    expect(pgSecond.participations).toEqual(sqliteSecond.participations);
    // The second run did update rows stored by the first (the restated ones whose details changed).
    expect(pgSecond.files.some((f) => f.updated > 0)).toBe(true);
    expect(await pgDump(url)).toEqual(sqliteDump(sqliteFile));
  });

  it('changes no data row when the same folder is ingested again, and keeps numbering ids after the loaded ones', async () => {
    const before = await pgDump(url);
    const report = await ingestCsvFolderToPostgres({ from: first, databaseUrl: url });
    const after = await pgDump(url);
    for (const table of INGESTED_TABLES.filter((t) => !t.startsWith('ingest_')))
      expect(after[table]).toEqual(before[table]);
    expect(report.files.every((f) => f.inserted === 0)).toBe(true);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: number; max: number }>(
        `WITH m AS (SELECT max(id) AS max FROM events)
         INSERT INTO events (url, name) VALUES ('https://new.example/e', 'New') RETURNING id, (SELECT max FROM m)`,
      );
      expect(rows[0]!.id).toBe(rows[0]!.max + 1);
      await client.query(`DELETE FROM events WHERE url = 'https://new.example/e'`);
    } finally {
      await client.end();
    }
  });

  it('rejects bad input with the typed error and leaves PostgreSQL as it was (all or nothing)', async () => {
    const bad = path.join(root, 'bad');
    fs.cpSync(second, bad, { recursive: true });
    const peopleCsv = path.join(bad, CSV_FILES.people.file);
    const lines = fs.readFileSync(peopleCsv, 'utf8').split('\n');
    // A quote never closed, far into the last file: events and companies were already merged when it is found.
    lines[200] = (lines[200] ?? '').replace(/,([^,]*),/, ',"$1,');
    fs.writeFileSync(peopleCsv, lines.join('\n'));
    const before = await pgDump(url);
    const error = await ingestCsvFolderToPostgres({ from: bad, databaseUrl: url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: 'BROKEN_QUOTING', file: 'people_info.csv' });
    expect(await pgDump(url)).toEqual(before);
  });

  it('rolls everything back when PostgreSQL refuses a row at the end of a bulk load, keys and indexes included', async () => {
    const empty = await cluster.createDatabase('refused');
    await migratePostgres(empty);
    const catalog = await pgCatalog(empty);
    const before = await pgDump(empty);
    // The last table loaded refuses its rows: events, companies and people were already copied (their keys,
    // foreign keys and indexes dropped for the bulk load) when the error comes.
    await run(
      empty,
      `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
       CREATE TRIGGER refuse BEFORE INSERT ON ingest_issues FOR EACH STATEMENT EXECUTE FUNCTION refuse();`,
    );
    await expect(ingestCsvFolderToPostgres({ from: first, databaseUrl: empty, bulkLoadFrom: 1 })).rejects.toThrow(
      'refused by the test',
    );
    expect(await pgDump(empty)).toEqual(before);
    await run(empty, 'DROP TRIGGER refuse ON ingest_issues; DROP FUNCTION refuse();');
    expect(await pgCatalog(empty)).toEqual(catalog);
    // And the same load then goes through, bulk-loaded (people streamed as read), to the SQLite ingestion's tables.
    const report = await ingestCsvFolderToPostgres({ from: first, databaseUrl: empty, bulkLoadFrom: 1 });
    expect(report.tables.people).toBeGreaterThan(0);
    const reference = path.join(root, 'first-only.db');
    await ingestCsvFolder({ from: first, db: reference });
    expect(await pgDump(empty)).toEqual(sqliteDump(reference));
    expect(await pgCatalog(empty)).toEqual(catalog);
  });

  it('merges later rows into people already streamed to PostgreSQL as SQLite merges them', async () => {
    // Streamed people are kept as their COPY lines: a later row of the same person decodes the line, fills what
    // it lacked (here the job title, so the job functions change too) and the row is updated after the load.
    const filled = path.join(root, 'filled-later');
    fs.cpSync(first, filled, { recursive: true });
    const peopleCsv = path.join(filled, CSV_FILES.people.file);
    const records: string[][] = parse(fs.readFileSync(peopleCsv), { relax_column_count: true });
    const header = records[0] ?? [];
    const title = header.indexOf('job_title');
    const city = header.indexOf('person_city');
    const early = records.slice(1, 41);
    const blanked = early.map((r) => r.map((v, j) => (j === title || j === city ? '' : v)));
    const rows = [header, ...blanked, ...records.slice(41), ...early];
    fs.writeFileSync(peopleCsv, rows.map((r) => r.map(csvField).join(',') + '\n').join(''));

    const streamed = await cluster.createDatabase('filled_later');
    await migratePostgres(streamed);
    const pgReport = await ingestCsvFolderToPostgres({ from: filled, databaseUrl: streamed, bulkLoadFrom: 1 });
    const reference = path.join(root, 'filled-later.db');
    const sqliteReport = await ingestCsvFolder({ from: filled, db: reference });
    expect(pgReport.files).toEqual(sqliteReport.files);
    expect(pgReport.issues).toEqual(sqliteReport.issues);
    const people = pgReport.files.find((f) => f.file === CSV_FILES.people.file);
    expect(people?.merged).toBeGreaterThanOrEqual(40);
    expect(await pgDump(streamed)).toEqual(sqliteDump(reference));
    // The titles filled by the later rows reached PostgreSQL, with their job functions.
    const client = new pg.Client({ connectionString: streamed });
    await client.connect();
    try {
      const titles = [...new Set(early.map((r) => r[title] ?? '').filter((t) => t !== ''))];
      const { rows: filledRows } = await client.query<{ people: number; functions: number }>(
        `SELECT count(DISTINCT p.id)::int AS people, count(f.person_id)::int AS functions
           FROM people p LEFT JOIN person_job_functions f ON f.person_id = p.id WHERE p.job_title = ANY($1)`,
        [titles],
      );
      expect(filledRows[0]?.people).toBeGreaterThan(0);
      expect(filledRows[0]?.functions).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it('leaves an empty database and its schema as they were when the last file turns out bad', async () => {
    const empty = await cluster.createDatabase('streaming');
    await migratePostgres(empty);
    const catalog = await pgCatalog(empty);
    const before = await pgDump(empty);
    const bad = path.join(root, 'bad-late');
    fs.cpSync(first, bad, { recursive: true });
    const peopleCsv = path.join(bad, CSV_FILES.people.file);
    const lines = fs.readFileSync(peopleCsv, 'utf8').split('\n');
    // Near the end of the last file: events and companies were already handed to PostgreSQL.
    lines[lines.length - 20] = (lines[lines.length - 20] ?? '').replace(/,([^,]*),/, ',"$1,');
    fs.writeFileSync(peopleCsv, lines.join('\n'));
    const error = await ingestCsvFolderToPostgres({ from: bad, databaseUrl: empty, bulkLoadFrom: 1 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: 'BROKEN_QUOTING', file: 'people_info.csv' });
    expect(await pgDump(empty)).toEqual(before);
    expect(await pgCatalog(empty)).toEqual(catalog);
  });

  it('rejects with the error of a row PostgreSQL refuses while people are streamed, the database left as it was', async () => {
    const db = await cluster.createDatabase('stream_refused');
    await migratePostgres(db);
    // Refuses the 100th person: met while people_info.csv is being streamed into the table.
    await run(db, 'ALTER TABLE people ADD CONSTRAINT refuse_late CHECK (id < 100)');
    const before = await pgDump(db);
    const catalog = await pgCatalog(db);
    await expect(ingestCsvFolderToPostgres({ from: first, databaseUrl: db, bulkLoadFrom: 1 })).rejects.toThrow(
      'refuse_late',
    );
    expect(await pgDump(db)).toEqual(before);
    expect(await pgCatalog(db)).toEqual(catalog);
  });

  it.skipIf(!hasRealData)('stores exactly what the SQLite ingestion stores from the real CSVs', async () => {
    const realUrl = await cluster.createDatabase('real');
    const realSqlite = path.join(root, 'real.db');
    const pgReport = await ingestCsvFolderToPostgres({ from: realDataDir, databaseUrl: realUrl });
    const sqliteReport = await ingestCsvFolder({ from: realDataDir, db: realSqlite });
    expect(pgReport.files).toEqual(sqliteReport.files);
    expect(pgReport.participations).toEqual(sqliteReport.participations);
    expect(pgReport.tables).toEqual(sqliteReport.tables);
    expect(await pgDump(realUrl)).toEqual(sqliteDump(realSqlite));
  });
});
