/**
 * The PostgreSQL half of `pnpm bench ingest --postgres`: on a throwaway cluster, the raw baseline is each CSV
 * file streamed into an all-TEXT table with `COPY ... FROM STDIN (FORMAT csv, HEADER)` in one transaction (the
 * fastest way PostgreSQL can take the rows, no validation at all); beside it, ingestCsvFolderToPostgres into a
 * freshly migrated database, and the floor of a load into that schema: the raw COPY plus rebuilding the ingested
 * tables' indexes once, {@link FLOOR_CONNECTIONS} at a time (see {@link rebuildIndexes}). A second baseline is the
 * product's own schema: the rows the ingestion wrote (dumped afterwards, untimed) copied with `COPY` into a freshly
 * migrated database in one transaction, once with its keys, foreign keys and indexes in place and once with them
 * dropped before and created again after, as the ingestion loads a large table (see {@link schemaCopy}): what
 * loading exactly those rows costs PostgreSQL without any of the ingestion's reading, validation or merging.
 * CPU figures count the server's processes too ({@link serverCpuMs}).
 */
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

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

/** One table's final rows as COPY text, with the columns they were read in. */
interface TableDump {
  table: string;
  columns: string[];
  data: Buffer;
}

/** Reads every ingested table of `url` (parents first) with `COPY ... TO STDOUT`, into memory. */
export async function dumpIngestedTables(url: string): Promise<TableDump[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const dumps: TableDump[] = [];
    for (const table of INGESTED_TABLES) {
      const { rows } = await client.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
        [`"${table}"`],
      );
      const columns = rows.map((r) => `"${r.name}"`);
      const chunks: Buffer[] = [];
      const source = client.query(copyTo(`COPY "${table}" (${columns.join(', ')}) TO STDOUT`));
      for await (const chunk of source) chunks.push(chunk as Buffer);
      dumps.push({ table, columns, data: Buffer.concat(chunks) });
    }
    return dumps;
  } finally {
    await client.end();
  }
}

/**
 * Loads `dumps` into the freshly migrated database `url` with `COPY ... FROM STDIN`, parents first, in one
 * transaction on one connection (as the ingestion loads). `rebuild`: the tables' keys, foreign keys and indexes
 * are dropped first and created again after the rows (the way the ingestion bulk-loads a large table, and
 * pg_restore loads a dump); otherwise they stay in place and are maintained row by row. Tables the migration
 * already filled (the tag vocabulary) are emptied first, so the result holds exactly the dumped rows.
 */
export async function schemaCopy(url: string, dumps: readonly TableDump[], rebuild: boolean): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    const tables = dumps.map((d) => d.table);
    for (const table of [...tables].reverse()) await client.query(`DELETE FROM "${table}"`);
    let creates: string[] = [];
    if (rebuild) {
      const { rows: found } = await client.query<{ kind: string; owner: string; name: string; definition: string }>(
        `SELECT contype::text AS kind, conrelid::regclass::text AS owner, conname AS name, pg_get_constraintdef(oid) AS definition
           FROM pg_constraint WHERE conrelid::regclass::text = ANY($1) AND contype IN ('p', 'u', 'f')
         UNION ALL
         SELECT 'i', tablename, indexname, indexdef FROM pg_indexes
          WHERE schemaname = current_schema() AND tablename = ANY($1) AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
        [tables],
      );
      const foreign = found.filter((c) => c.kind === 'f');
      const keys = found.filter((c) => c.kind === 'p' || c.kind === 'u');
      const indexes = found.filter((c) => c.kind === 'i');
      const drops = [
        ...[...foreign, ...keys].map((c) => `ALTER TABLE ${c.owner} DROP CONSTRAINT "${c.name}"`),
        ...indexes.map((c) => `DROP INDEX "${c.name}"`),
      ];
      if (drops.length > 0) await client.query(drops.join(';\n'));
      creates = [
        ...keys.map((c) => `ALTER TABLE ${c.owner} ADD CONSTRAINT "${c.name}" ${c.definition}`),
        ...indexes.map((c) => c.definition),
        ...foreign.map((c) => `ALTER TABLE ${c.owner} ADD CONSTRAINT "${c.name}" ${c.definition}`),
      ];
    }
    for (const dump of dumps) {
      const sink = client.query(copyFrom(`COPY "${dump.table}" (${dump.columns.join(', ')}) FROM STDIN`));
      await pipeline(Readable.from([dump.data]), sink);
      rows += sink.rowCount;
    }
    if (creates.length > 0) await client.query(creates.join(';\n'));
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  return rows;
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

/**
 * Creates databases on the cluster and times the raw COPY, the full ingestion of `dir`, the floor's index
 * rebuild, and the schema COPY baselines of the rows the ingestion wrote (in place, and keys and indexes rebuilt).
 */
export async function timePostgresIngest<T>(
  name: string,
  dir: string,
  cluster: PgCluster,
  measured: <R>(fn: () => Promise<R>) => Promise<T & { value: R }>,
): Promise<{
  raw: T & { value: number };
  typed: T & { value: Awaited<ReturnType<typeof ingestCsvFolderToPostgres>> };
  indexes: T & { value: void };
  schemaInPlace: T & { value: number };
  schemaRebuilt: T & { value: number };
}> {
  const slug = name.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
  const rawUrl = await cluster.createDatabase(`raw_${slug}`);
  const raw = await measured(() => rawCopy(dir, rawUrl));
  const typedUrl = await cluster.createDatabase(`typed_${slug}`);
  // The schema is created beforehand, as for SQLite: ingestion alone is timed.
  await migratePostgres(typedUrl);
  const typed = await measured(() => ingestCsvFolderToPostgres({ from: dir, databaseUrl: typedUrl }));
  const indexes = await measured(() => rebuildIndexes(typedUrl, FLOOR_CONNECTIONS));
  const dumps = await dumpIngestedTables(typedUrl);
  const inPlaceUrl = await cluster.createDatabase(`schema_${slug}`);
  await migratePostgres(inPlaceUrl);
  const schemaInPlace = await measured(() => schemaCopy(inPlaceUrl, dumps, false));
  const rebuiltUrl = await cluster.createDatabase(`rebuilt_${slug}`);
  await migratePostgres(rebuiltUrl);
  const schemaRebuilt = await measured(() => schemaCopy(rebuiltUrl, dumps, true));
  return { raw, typed, indexes, schemaInPlace, schemaRebuilt };
}
