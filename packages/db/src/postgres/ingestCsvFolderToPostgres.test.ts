/**
 * Ingestion into PostgreSQL gives exactly the SQLite ingestion's tables (same rows, same issue log), merges a
 * second folder, changes nothing on a re-run, and leaves PostgreSQL untouched when the input is bad.
 */
import fs from 'node:fs';
import path from 'node:path';

import { makeTmp, removeTmp, tryStartPgCluster } from '@musaeid/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateDemoData } from '../demo/generateDemoData';
import { CSV_FILES } from '../ingest/csvFiles';
import { IngestError } from '../ingest/IngestError';
import { ingestCsvFolder } from '../ingest/ingestCsvFolder';
import { openSqlite } from '../openSqlite';
import { INGESTED_TABLES, ingestCsvFolderToPostgres } from './ingestCsvFolderToPostgres';

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
  });
  afterAll(async () => {
    await cluster.stop();
    removeTmp(root);
  });

  it('stores exactly what the SQLite ingestion stores, issue log included, and merges a second folder the same way', async () => {
    const pgReport = await ingestCsvFolderToPostgres({ from: first, databaseUrl: url });
    const sqliteReport = await ingestCsvFolder({ from: first, db: sqliteFile });
    expect(pgReport.tables).toEqual(sqliteReport.tables);
    expect(pgReport.issues).toEqual(sqliteReport.issues);
    expect(pgReport.tables.people).toBeGreaterThan(0);
    expect(await pgDump(url)).toEqual(sqliteDump(sqliteFile));

    await ingestCsvFolderToPostgres({ from: second, databaseUrl: url });
    await ingestCsvFolder({ from: second, db: sqliteFile });
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
});
