/**
 * `pnpm bench ingest [--postgres] [--people N]`: rows/s of ingestCsvFolder on the real CSVs and on a generated
 * 1,000,000-person data set, each beside a raw baseline measured in the same run (the same CSV rows bulk-inserted
 * untyped into SQLite with better-sqlite3 in one transaction, as the original project loaded them with pandas),
 * plus peak RSS per phase. With --postgres, the same data sets are also ingested into a throwaway PostgreSQL
 * cluster beside a raw COPY baseline, that baseline plus building the typed tables' indexes once, and a second
 * baseline: the rows the ingestion wrote, copied into the product's own migrated schema with its keys and indexes
 * (in place, and dropped and rebuilt; see ingestPostgres.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { parse } from 'csv-parse';

import { CSV_FILES, generateDemoData, ingestCsvFolder, migrate } from '@musaeid/db';
import { realDataDir, startPgCluster, type PgCluster } from '@musaeid/testkit';

import type { SuiteOptions } from './index';
import { FLOOR_CONNECTIONS, serverCpuMs, timePostgresIngest } from './ingestPostgres';

const GENERATED_PEOPLE = 1_000_000;
const FILES = [CSV_FILES.events.file, CSV_FILES.companies.file, CSV_FILES.people.file];

interface Measure {
  dataset: string;
  method:
    | 'raw baseline'
    | 'raw baseline + indexes'
    | 'schema COPY, keys in place'
    | 'schema COPY, keys rebuilt'
    | 'ingestCsvFolder'
    | 'ingestCsvFolderToPostgres';
  rows: number;
  ms: number;
  /**
   * CPU time (user + system) of the process, plus the PostgreSQL server's processes for the postgres rows:
   * steadier than wall time on a shared machine.
   */
  cpuMs: number;
  rowsPerSecond: number;
  peakRssMb: number;
}

/** Runs `fn`, sampling RSS every 20 ms: the phase's peak memory beside its time. */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number; peakRssMb: number }> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    const used = process.cpuUsage(cpu);
    return {
      value,
      ms: performance.now() - start,
      cpuMs: (used.user + used.system) / 1000,
      peakRssMb: Math.round(peak / 2 ** 20),
    };
  } finally {
    clearInterval(timer);
  }
}

/** Streams a CSV file's records into `onRecord`, draining the parser's buffer synchronously (as ingestCsvFolder does). */
function eachRecord(file: string, onRecord: (record: string[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const parser = parse({ bom: true, relax_column_count: true });
    parser.on('readable', () => {
      let record: string[] | null;
      while ((record = parser.read() as string[] | null) !== null) onRecord(record);
    });
    parser.on('error', reject);
    parser.on('end', () => resolve());
    fs.createReadStream(file, { highWaterMark: 1 << 20 })
      .on('error', reject)
      .pipe(parser);
  });
}

/** The baseline: stream each CSV with csv-parse and insert every row as text into one table per file, one transaction. */
async function rawLoad(dir: string, dbFile: string): Promise<number> {
  const db = new Database(dbFile);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  let rows = 0;
  try {
    db.exec('BEGIN');
    for (const file of FILES) {
      const table = file.replace(/\.csv$/, '');
      let insert: Database.Statement | null = null;
      await eachRecord(path.join(dir, file), (record) => {
        if (!insert) {
          db.exec(`CREATE TABLE "${table}" (${record.map((c) => `"${c}" TEXT`).join(', ')})`);
          insert = db.prepare(`INSERT INTO "${table}" VALUES (${record.map(() => '?').join(', ')})`);
          return;
        }
        insert.run(record);
        rows++;
      });
    }
    db.exec('COMMIT');
  } finally {
    db.close();
  }
  return rows;
}

async function benchDatasetPostgres(name: string, dir: string, cluster: PgCluster): Promise<Measure[]> {
  // CPU of Node and of the server's processes: the work PostgreSQL does is most of a load.
  const withServer = async <R>(fn: () => Promise<R>) => {
    const before = serverCpuMs(cluster);
    const m = await measured(fn);
    // The phase's connections are closed: their server processes end and are counted once they have.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { ...m, cpuMs: m.cpuMs + serverCpuMs(cluster) - before };
  };
  const { raw, typed, indexes, schemaInPlace, schemaRebuilt } = await timePostgresIngest(
    name,
    dir,
    cluster,
    withServer,
  );
  const rows = typed.value.files.reduce((n, f) => n + f.read, 0);
  const dataset = `${name} (postgres)`;
  // The schema baselines copy the tables' rows (child rows, runs and issues included); rows/s counts the CSV rows
  // they stand for, as for the ingestion.
  const schema = (method: Measure['method'], m: typeof schemaInPlace): Measure => ({
    dataset,
    method,
    rows,
    ms: m.ms,
    cpuMs: m.cpuMs,
    rowsPerSecond: rows / (m.ms / 1000),
    peakRssMb: m.peakRssMb,
  });
  return [
    {
      dataset,
      method: 'raw baseline',
      rows: raw.value,
      ms: raw.ms,
      cpuMs: raw.cpuMs,
      rowsPerSecond: raw.value / (raw.ms / 1000),
      peakRssMb: raw.peakRssMb,
    },
    {
      // The floor of any load into the typed schema: the raw COPY, then its indexes built once (timed apart, on
      // FLOOR_CONNECTIONS connections side by side).
      dataset,
      method: 'raw baseline + indexes',
      rows: raw.value,
      ms: raw.ms + indexes.ms,
      cpuMs: raw.cpuMs + indexes.cpuMs,
      rowsPerSecond: raw.value / ((raw.ms + indexes.ms) / 1000),
      peakRssMb: Math.max(raw.peakRssMb, indexes.peakRssMb),
    },
    schema('schema COPY, keys in place', schemaInPlace),
    schema('schema COPY, keys rebuilt', schemaRebuilt),
    {
      dataset,
      method: 'ingestCsvFolderToPostgres',
      rows,
      ms: typed.ms,
      cpuMs: typed.cpuMs,
      rowsPerSecond: rows / (typed.ms / 1000),
      peakRssMb: typed.peakRssMb,
    },
  ];
}

async function benchDataset(name: string, dir: string, work: string): Promise<Measure[]> {
  const rawDb = path.join(work, `${name}-raw.db`);
  const raw = await measured(() => rawLoad(dir, rawDb));
  const typedDb = path.join(work, `${name}-typed.db`);
  // The schema is created beforehand (once per database, ~0.1 s plus loading the ORM): ingestion alone is timed.
  await migrate(typedDb);
  const typed = await measured(() => ingestCsvFolder({ from: dir, db: typedDb }));
  const rows = typed.value.files.reduce((n, f) => n + f.read, 0);
  return [
    {
      dataset: name,
      method: 'raw baseline',
      rows: raw.value,
      ms: raw.ms,
      cpuMs: raw.cpuMs,
      rowsPerSecond: raw.value / (raw.ms / 1000),
      peakRssMb: raw.peakRssMb,
    },
    {
      dataset: name,
      method: 'ingestCsvFolder',
      rows,
      ms: typed.ms,
      cpuMs: typed.cpuMs,
      rowsPerSecond: rows / (typed.ms / 1000),
      peakRssMb: typed.peakRssMb,
    },
  ];
}

function print(measures: Measure[], json: boolean): void {
  if (json) {
    for (const m of measures) {
      console.log(
        JSON.stringify({
          suite: 'ingest',
          ...m,
          ms: Math.round(m.ms),
          cpuMs: Math.round(m.cpuMs),
          rowsPerSecond: Math.round(m.rowsPerSecond),
        }),
      );
    }
    return;
  }
  const head = [
    'dataset',
    'method',
    'rows',
    'wall ms',
    'rows/s',
    'x baseline',
    'cpu ms',
    'x baseline cpu',
    'x schema',
    'x schema cpu',
    'x rebuilt',
    'x rebuilt cpu',
    'peak RSS MiB',
  ];
  const body = measures.map((m) => {
    const base = measures.find((b) => b.dataset === m.dataset && b.method === 'raw baseline');
    // The second baseline (PostgreSQL): the ingestion's own final rows copied into the migrated schema.
    const schema = measures.find((b) => b.dataset === m.dataset && b.method === 'schema COPY, keys in place');
    const rebuilt = measures.find((b) => b.dataset === m.dataset && b.method === 'schema COPY, keys rebuilt');
    return [
      m.dataset,
      m.method,
      String(m.rows),
      String(Math.round(m.ms)),
      String(Math.round(m.rowsPerSecond)),
      base ? (m.ms / base.ms).toFixed(2) : '',
      String(Math.round(m.cpuMs)),
      base ? (m.cpuMs / base.cpuMs).toFixed(2) : '',
      schema ? (m.ms / schema.ms).toFixed(2) : '',
      schema ? (m.cpuMs / schema.cpuMs).toFixed(2) : '',
      rebuilt ? (m.ms / rebuilt.ms).toFixed(2) : '',
      rebuilt ? (m.cpuMs / rebuilt.cpuMs).toFixed(2) : '',
      String(m.peakRssMb),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  console.log(
    `(load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${os.cpus().length} CPUs: wall times on a busy machine are noisy; postgres cpu = Node + server;` +
      ` floor indexes on ${FLOOR_CONNECTIONS} connections; x baseline: over the raw COPY into all-TEXT tables;` +
      ` x schema (postgres): over 'schema COPY, keys in place', the rows the ingestion wrote copied into the` +
      ` migrated schema with its keys, foreign keys and indexes; x rebuilt: over 'schema COPY, keys rebuilt', the` +
      ` same rows with them dropped before and created again after, as the ingestion loads a large table)`,
  );
  for (const r of [head, ...body])
    console.log(r.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '));
}

/** Benchmarks ingestion (see the file comment); `json` prints one JSON line per measure instead of a table. */
export async function benchIngest(opts: SuiteOptions): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'musaeid-bench-ingest-'));
  const measures: Measure[] = [];
  // The PostgreSQL figures need a server: a throwaway cluster (fsync off, as in the tests), removed at the end.
  const cluster = opts.postgres ? await startPgCluster() : null;
  try {
    if (fs.existsSync(path.join(realDataDir, CSV_FILES.people.file))) {
      measures.push(...(await benchDataset('real', realDataDir, work)));
      if (cluster) measures.push(...(await benchDatasetPostgres('real', realDataDir, cluster)));
    } else if (!opts.json) {
      console.log(`(real data absent at ${realDataDir}: skipped)`);
    }
    const people = opts.people ?? GENERATED_PEOPLE;
    const dir = path.join(work, 'generated');
    const gen = await measured(() => generateDemoData({ outDir: dir, seed: 1, people, today: '2026-01-15' }));
    if (!opts.json) console.log(`(generated ${people.toLocaleString('en')} people rows in ${Math.round(gen.ms)} ms)`);
    const name = `generated-${people >= 1_000_000 ? `${people / 1_000_000}M` : people}`;
    measures.push(...(await benchDataset(name, dir, work)));
    if (cluster) measures.push(...(await benchDatasetPostgres(name, dir, cluster)));
    print(measures, opts.json);
  } finally {
    await cluster?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
