/**
 * The PostgreSQL half of `pnpm bench ingest --postgres`: on a throwaway cluster, the raw baseline is each CSV
 * file streamed into an all-TEXT table with `COPY ... FROM STDIN (FORMAT csv, HEADER)` in one transaction (the
 * fastest way PostgreSQL can take the rows, no validation at all); beside it, ingestCsvFolderToPostgres into a
 * freshly migrated database, and the floor of a load into that schema: the raw COPY plus rebuilding the ingested
 * tables' indexes once, {@link FLOOR_CONNECTIONS} at a time (see {@link rebuildIndexes}). CPU figures count the
 * server's processes too ({@link serverCpuMs}).
 */
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { CSV_FILES, INGESTED_TABLES, ingestCsvFolderToPostgres, migratePostgres } from '@musaeid/db';
import type { PgCluster } from '@musaeid/testkit';

const FILES = [CSV_FILES.events.file, CSV_FILES.companies.file, CSV_FILES.people.file];
/**
 * Connections the floor rebuilds indexes on, side by side (one per CPU, at least 2): the floor is what PostgreSQL
 * can do with the machine, not with one connection (the ingestion itself loads on one, in its transaction).
 */
export const FLOOR_CONNECTIONS = Math.max(2, os.availableParallelism());

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
 * Rebuilds every index of the ingested tables (keys included) on the ingested database, `connections` at a time
 * (the largest tables' first), each connection in a transaction rolled back afterwards.
 * The raw baseline builds no index, the typed schema has about thirty on these tables: raw COPY plus this time is
 * what a load into the real schema cannot go below with that many connections.
 */
export async function rebuildIndexes(url: string, connections: number): Promise<void> {
  const clients = Array.from({ length: connections }, () => new pg.Client({ connectionString: url }));
  try {
    for (const client of clients) await client.connect();
    const { rows } = await clients[0]!.query<{ name: string }>(
      `SELECT i.relname AS name FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relname = ANY($1) AND t.relnamespace = current_schema()::regnamespace ORDER BY t.reltuples DESC, i.relname`,
      [[...INGESTED_TABLES]],
    );
    const queue = rows.map((r) => r.name);
    await Promise.all(
      clients.map(async (client) => {
        await client.query('BEGIN');
        await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
        await client.query('SET LOCAL max_parallel_maintenance_workers = 0');
        for (let name = queue.shift(); name !== undefined; name = queue.shift())
          await client.query(`REINDEX INDEX "${name}"`);
        await client.query('ROLLBACK');
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

/**
 * CPU time (ms) the cluster's server processes have used so far: the postmaster's own and that of its ended
 * children (which it has waited for), plus its running children's (the backends). A phase's difference is the
 * server's share of its work, beside Node's.
 */
export function serverCpuMs(cluster: PgCluster): number {
  const pid = Number(fs.readFileSync(path.join(cluster.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const ticks = 100; // USER_HZ on Linux
  const stat = (p: number | string): string[] | null => {
    try {
      const text = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      return text.slice(text.lastIndexOf(')') + 2).split(' ');
    } catch {
      return null; // ended meanwhile
    }
  };
  // After the command name: field 3 is the state, so ppid is [1], utime [11], stime [12], cutime [13], cstime [14].
  // The children first: one ending meanwhile is then counted twice rather than not at all (the caller lets
  // ended connections' processes exit before sampling, so that is rare).
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = stat(entry);
    if (child && Number(child[1]) === pid) total += Number(child[11]) + Number(child[12]);
  }
  const own = stat(pid);
  if (!own) return 0;
  total += Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  return (total * 1000) / ticks;
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
  const indexes = await measured(() => rebuildIndexes(typedUrl, FLOOR_CONNECTIONS));
  return { raw, typed, indexes };
}
