/**
 * Every ingest leaves the planner its statistics on the data tables, on both backends: a real SQLite file and a
 * throwaway PostgreSQL cluster (skipped, and said so, where one cannot start). Without them SQLite's planner guesses
 * every index equally selective (see `analyzeDataTables`).
 */
import path from 'node:path';

import { makeTmp, removeTmp, tryStartPgCluster } from '@musaeid/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { generateDemoData } from '../demo/generateDemoData';
import { openSqlite } from '../openSqlite';
import { ingestCsvFolderToPostgres } from '../postgres/ingestCsvFolderToPostgres';
import { migratePostgres } from '../postgres/postgresOrm';
import { ingestCsvFolder } from './ingestCsvFolder';

const dir = makeTmp('planner-statistics');
const csv = path.join(dir, 'csv');
const attempt = await tryStartPgCluster();
if (!attempt.cluster) console.warn(`PostgreSQL planner statistics test skipped: ${attempt.reason}`);

beforeAll(async () => {
  await generateDemoData({ outDir: csv, seed: 3, people: 300, today: '2026-01-15' });
});
afterAll(async () => {
  await attempt.cluster?.stop();
  removeTmp(dir);
});

describe('planner statistics after an ingest', () => {
  it('SQLite: sqlite_stat1 describes the people and participations indexes', async () => {
    const file = path.join(dir, 'data.db');
    await ingestCsvFolder({ from: csv, db: file });
    const db = openSqlite(file);
    try {
      const tables = db.prepare('SELECT DISTINCT "tbl" FROM "sqlite_stat1"').pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['people', 'participations', 'companies', 'events']));
      const people = db
        .prepare(`SELECT "stat" FROM "sqlite_stat1" WHERE "idx" = 'people_company_id_index'`)
        .pluck()
        .get();
      // "<rows> <rows per company>": the real row count, not a default guess.
      const rows = db.prepare('SELECT count(*) FROM "people"').pluck().get();
      expect(String(people).split(' ')[0]).toBe(String(rows));
    } finally {
      db.close();
    }
  });

  it.skipIf(!attempt.cluster)('PostgreSQL: every data table has been analyzed', async () => {
    const url = await attempt.cluster!.createDatabase('stats');
    await migratePostgres(url);
    await ingestCsvFolderToPostgres({ from: csv, databaseUrl: url });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ relname: string; analyzed: boolean }>(
        `SELECT "relname", "last_analyze" IS NOT NULL AS "analyzed" FROM "pg_stat_user_tables"
          WHERE "relname" IN ('people', 'participations', 'companies', 'events')`,
      );
      expect(rows).toHaveLength(4);
      expect(rows.every((r) => r.analyzed)).toBe(true);
    } finally {
      await client.end();
    }
  });
});
