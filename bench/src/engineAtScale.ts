/**
 * `pnpm bench engine --people N [--postgres [--database-url URL]]`: the engine on a generated data set of N people
 * (built once and cached, see generatedDatabase.ts), question by question: the whole ask in the engine beside the same
 * statement run directly in this process (better-sqlite3 / node-postgres, no guard, no query process), both for the
 * first page the engine returns (`LIMIT 100`); beside it, the direct statement read to 100,000 rows (what an exact
 * total up to there costs) and the engine's exact total on demand (`Engine.total`). The engine counts as far as its
 * defaults say (`defaultCountLimit`). Questions with large results are the point: they show what shipping, counting
 * and paging cost. `--database-url` measures PostgreSQL on a database that is kept (ingested on first use, when its
 * people table is empty) instead of a throwaway cluster ingested every run.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

import { Engine, numberPlaceholders, QueryTimeout, type Answer } from '@musaeid/core';
import { ingestCsvFolderToPostgres, migratePostgres } from '@musaeid/db';
import { startPgCluster, type PgCluster } from '@musaeid/testkit';

import { GENERATED_TODAY, generatedDatabase } from './generatedDatabase';
import type { SuiteOptions } from './index';

const ROUNDS = 7;
/** Rows of an answer's first page: the server's page (its result procedure's default). */
const FIRST_PAGE = 100;
/** Rows the direct "count" baseline reads at most. */
const COUNT_LIMIT = 100_000;

/** Questions with large results (the README's showcase question first), and two small ones for contrast. */
const QUESTIONS: readonly { label: string; question: string }[] = [
  {
    label: 'showcase: sales people at companies at Singapore events, next 9 months',
    question: 'Find sales people for companies that are attending events in Singapore over the next 9 months',
  },
  {
    label: 'companies sponsoring events in the next 3 months',
    question: 'Which companies are sponsoring events in the next 3 months?',
  },
  { label: 'VPs of sales', question: 'Show me VPs of sales' },
  { label: 'Singapore-based companies', question: 'List Singapore-based companies' },
  { label: 'contacts by job function (aggregate)', question: 'Break down our contacts by job function' },
  { label: 'events in Singapore (small)', question: 'Which events are in Singapore?' },
];

interface Stat {
  p50: number;
  p95: number;
}

function stat(values: readonly number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Runs a statement directly and returns its rows (the baseline: no guard, no process hop, no paging logic). */
type DirectRun = (sql: string, params: unknown[]) => Promise<number>;

interface Row {
  label: string;
  status: Answer['status'];
  rows: number;
  total: string;
  engine: Stat;
  execute: Stat;
  direct: Stat;
  directCounted: Stat;
  /** The engine's exact total on demand (`Engine.total`). */
  total50: Stat;
  exactTotal: number | null;
  ratio: number;
}

async function measureQuestions(engine: Engine, direct: DirectRun): Promise<Row[]> {
  const pageSize = FIRST_PAGE;
  const out: Row[] = [];
  for (const { label, question } of QUESTIONS) {
    const first = await engine.ask(question, { asOf: GENERATED_TODAY });
    const engineMs: number[] = [];
    const executeMs: number[] = [];
    let last = first;
    for (let i = 0; i < ROUNDS; i++) {
      last = await engine.ask(question, { asOf: GENERATED_TODAY });
      engineMs.push(last.timings.totalMs);
      executeMs.push(last.timings.executeMs);
    }
    const directMs: number[] = [];
    const directCountedMs: number[] = [];
    if (last.sql !== null && last.status === 'answered') {
      // The same first page the engine returned: the statement with a LIMIT of that page, run directly.
      const firstPage = `SELECT * FROM (${last.sql}\n) AS "page" LIMIT ${pageSize}`;
      const counted = `SELECT count(*) FROM (SELECT * FROM (${last.sql}\n) AS "page" LIMIT ${COUNT_LIMIT}) AS "counted"`;
      for (const [sql, into] of [
        [firstPage, directMs],
        [counted, directCountedMs],
      ] as const) {
        await direct(sql, last.params);
        for (let i = 0; i < ROUNDS; i++) {
          const t = performance.now();
          await direct(sql, last.params);
          into.push(performance.now() - t);
        }
      }
    }
    const totalMs: number[] = [];
    let exactTotal: number | null = null;
    if (last.sql !== null && last.status === 'answered') {
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        try {
          exactTotal = (await engine.total(last)).rowCount;
        } catch (error) {
          // A count past the engine's time limit (a loaded machine): said in the table, the other figures stand.
          if (!(error instanceof QueryTimeout)) throw error;
          exactTotal = null;
          break;
        }
        totalMs.push(performance.now() - t);
      }
    }
    const engine50 = stat(engineMs);
    const direct50 = stat(directMs);
    out.push({
      label,
      status: last.status,
      rows: last.rows.length,
      total: `${last.rowCountExact ? '' : '>='}${last.rowCount}`,
      engine: engine50,
      execute: stat(executeMs),
      direct: direct50,
      directCounted: stat(directCountedMs),
      total50: stat(totalMs),
      exactTotal,
      ratio: direct50.p50 > 0 ? engine50.p50 / direct50.p50 : 0,
    });
  }
  return out;
}

function print(title: string, rows: readonly Row[], json: boolean): void {
  if (json) {
    for (const r of rows) console.log(JSON.stringify({ suite: 'engine-scale', backend: title, ...r }));
    return;
  }
  console.log(`\n${title}: ${ROUNDS} rounds after a warm-up (exact total: 3); ms`);
  const head = [
    'question',
    'status',
    'rows',
    'total',
    'engine p50',
    'p95',
    'execute p50',
    'direct p50',
    'p95',
    'x',
    'direct+count p50',
    'exact total',
    'total p50',
  ];
  const body = rows.map((r) => [
    r.label,
    r.status,
    String(r.rows),
    r.total,
    r.engine.p50.toFixed(1),
    r.engine.p95.toFixed(1),
    r.execute.p50.toFixed(1),
    r.direct.p50.toFixed(1),
    r.direct.p95.toFixed(1),
    r.ratio.toFixed(2),
    r.directCounted.p50.toFixed(1),
    r.exactTotal === null ? (r.status === 'answered' ? 'timeout' : '') : String(r.exactTotal),
    r.exactTotal === null ? '' : r.total50.p50.toFixed(1),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  for (const r of [head, ...body])
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '));
}

async function onSqlite(dbFile: string, opts: SuiteOptions): Promise<void> {
  const engine = await Engine.create({ dbFile, pageSize: FIRST_PAGE });
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const direct: DirectRun = (sql, params) => {
      const stmt = db.prepare(sql).raw(true);
      return Promise.resolve(stmt.all(...params).length);
    };
    print('sqlite', await measureQuestions(engine, direct), opts.json);
  } finally {
    db.close();
    await engine.close();
  }
}

async function measurePostgres(url: string, opts: SuiteOptions): Promise<void> {
  const engine = await Engine.create({ databaseUrl: url, pageSize: FIRST_PAGE });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const direct: DirectRun = async (sql, params) =>
      (await client.query({ text: numberPlaceholders(sql), values: params, rowMode: 'array' })).rows.length;
    print('postgres', await measureQuestions(engine, direct), opts.json);
  } finally {
    await client.end();
    await engine.close();
  }
}

/** Migrates and ingests the generated CSVs into `url` unless its people table already holds rows. */
async function ingestOnce(url: string, csvDir: string, log: (line: string) => void): Promise<void> {
  await migratePostgres(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM people');
    if (Number(rows[0]?.n) > 0) return;
    const started = performance.now();
    await ingestCsvFolderToPostgres({ from: csvDir, databaseUrl: url });
    log(`(postgres: ingested in ${Math.round((performance.now() - started) / 1000)} s)`);
  } finally {
    await client.end();
  }
}

async function onPostgres(csvDir: string, opts: SuiteOptions, log: (line: string) => void): Promise<void> {
  if (opts.databaseUrl !== undefined) {
    await ingestOnce(opts.databaseUrl, csvDir, log);
    await measurePostgres(opts.databaseUrl, opts);
    return;
  }
  const cluster: PgCluster = await startPgCluster();
  try {
    const url = await cluster.createDatabase('scale');
    await ingestOnce(url, csvDir, log);
    await measurePostgres(url, opts);
  } finally {
    await cluster.stop();
  }
}

/** The suite's `--people N` mode (see the file comment). */
export async function benchEngineAtScale(opts: SuiteOptions & { people: number }): Promise<void> {
  const log = (line: string): void => {
    if (!opts.json) console.log(line);
  };
  const data = await generatedDatabase(opts.people, log);
  log(`data: generated, ${opts.people.toLocaleString('en')} people rows (${data.dbFile}); as of ${GENERATED_TODAY}`);
  await onSqlite(data.dbFile, opts);
  if (opts.postgres) await onPostgres(data.csvDir, opts, log);
}
