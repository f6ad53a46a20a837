/**
 * The PostgreSQL half of `pnpm bench ingest --postgres`: on a throwaway cluster, the raw baseline is each CSV
 * file streamed into an all-TEXT table with `COPY ... FROM STDIN (FORMAT csv, HEADER)` in one transaction (the
 * fastest way PostgreSQL can take the rows, no validation at all); beside it, ingestCsvFolderToPostgres into a
 * freshly migrated database, and the floor of a load into that schema: the raw COPY plus rebuilding the ingested
 * tables' indexes once (see {@link rebuildIndexes}).
 */
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { CSV_FILES, INGESTED_TABLES, ingestCsvFolderToPostgres, migratePostgres } from '@musaeid/db';
import type { PgCluster } from '@musaeid/testkit';

const FILES = [CSV_FILES.events.file, CSV_FILES.companies.file, CSV_FILES.people.file];

/** Streams the three CSV files into all-TEXT tables with COPY, one transaction; returns the rows loaded. */
export async function rawCopy(dir: string, url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  try {
    await client.query('BEGIN');
    for (const file of FILES) {
      const table = file.replace(/\.csv$/, '');
      const header = await firstLine(path.join(dir, file));
      const columns = header.split(',').map(
        (c) =>
          `"${c
            .replace(/^\uFEFF/, '')
            .replace(/"/g, '')
            .trim()}"`,
      );
      await client.query(`CREATE TABLE "${table}" (${columns.map((c) => `${c} TEXT`).join(', ')})`);
      const sink = client.query(copyFrom(`COPY "${table}" FROM STDIN (FORMAT csv, HEADER true)`));
      await pipeline(fs.createReadStream(path.join(dir, file), { highWaterMark: 1 << 20 }), sink);
      rows += sink.rowCount;
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  return rows;
}

async function firstLine(file: string): Promise<string> {
  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  const [chunk] = (await once(stream, 'data')) as [string];
  stream.destroy();
  return chunk.split(/\r?\n/)[0] ?? '';
}

/**
 * Rebuilds every index of the ingested tables (`REINDEX TABLE`, keys included) on the ingested database, in a
 * transaction rolled back afterwards. The raw baseline builds no index, the typed schema has about twenty on
 * these tables: raw COPY plus this time is what a load into the real schema cannot go below.
 */
export async function rebuildIndexes(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    for (const table of INGESTED_TABLES) await client.query(`REINDEX TABLE "${table}"`);
    await client.query('ROLLBACK');
  } finally {
    await client.end();
  }
}

/** Creates two databases on the cluster and times the raw COPY and the full ingestion of `dir`. */
export async function timePostgresIngest<T>(
  name: string,
  dir: string,
  cluster: PgCluster,
  measured: <R>(fn: () => Promise<R>) => Promise<T & { value: R }>,
): Promise<{
  raw: T & { value: number };
  typed: T & { value: Awaited<ReturnType<typeof ingestCsvFolderToPostgres>> };
  indexes: T & { value: void };
}> {
  const slug = name.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
  const rawUrl = await cluster.createDatabase(`raw_${slug}`);
  const raw = await measured(() => rawCopy(dir, rawUrl));
  const typedUrl = await cluster.createDatabase(`typed_${slug}`);
  // The schema is created beforehand, as for SQLite: ingestion alone is timed.
  await migratePostgres(typedUrl);
  const typed = await measured(() => ingestCsvFolderToPostgres({ from: dir, databaseUrl: typedUrl }));
  const indexes = await measured(() => rebuildIndexes(typedUrl));
  return { raw, typed, indexes };
}
