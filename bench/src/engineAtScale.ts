/**
 * `pnpm bench engine --people N [--rounds N] [--postgres [--database-url URL]]`: the engine on a generated data set of N people
 * (built once and cached, see generatedDatabase.ts), question by question: the whole ask in the engine beside the same
 * statement run directly in this process (better-sqlite3 / node-postgres, no guard, no query process), both for the
 * first page the engine returns (`LIMIT 100`), taking turns round by round (`--rounds`, default 7) so that each round's
 * ratio is measured under one load; beside it, the direct statement read to 100,000 rows (what an exact
 * total up to there costs) and the engine's exact total on demand (`Engine.total`). The engine counts as far as its
 * defaults say (`defaultCountLimit`). Questions with large results are the point: they show what shipping, counting
 * and paging cost. `--database-url` measures PostgreSQL on a database that is kept (ingested on first use, when its
 * people table is empty) instead of a throwaway cluster ingested every run.
 */
import os from 'node:os';

import Database from 'better-sqlite3';
import pg from 'pg';

import { Engine, numberPlaceholders, QueryTimeout, SqlGuard, FORBIDDEN_TABLES, type Answer } from '@musaeid/core';
import { DATA_TABLES } from '@musaeid/db';
import { ingestCsvFolderToPostgres, migratePostgres } from '@musaeid/db';
import { startPgCluster, type PgCluster } from '@musaeid/testkit';

import { GENERATED_TODAY, generatedDatabase } from './generatedDatabase';
import type { SuiteOptions } from './index';

/** Rounds after a warm-up unless `--rounds N` says otherwise. */
const DEFAULT_ROUNDS = 7;
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

const rounds = (opts: SuiteOptions): number => opts.rounds ?? DEFAULT_ROUNDS;

/** Runs a statement directly and returns its rows (the baseline: no guard, no process hop, no paging logic). */
type DirectRun = (sql: string, params: unknown[]) => Promise<number>;

/**
 * The engine's fixed costs, p50 over the rounds (ms): finding tables, the parser's understanding and SQL (generate),
 * the guard on the statement (a guard that never saw it, and again: the engine's own guard keeps the parser's verdict
 * per statement shape, the lexical checks run every time), the execute stage (guard, then the first page through
 * the query process), and what is left of it past the guard and the same round's direct statement (the hop to the
 * query process and back, paging and counting), and the rest of the ask (composing the answer).
 */
interface Parts {
  retrieve: number;
  generate: number;
  guardCold: number;
  guardWarm: number;
  execute: number;
  hop: number;
  rest: number;
}

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
  /** Engine p50 over direct p50. */
  ratio: number;
  /** Where the engine's time goes (see {@link Parts}). */
  parts: Parts;
  /** The median of each round's engine time over the direct time of the same round. */
  roundRatio: number;
}

/** Times `guard.check(sql)` (ms). */
function timeGuard(guard: SqlGuard, sql: string): number {
  const t = performance.now();
  guard.check(sql);
  return performance.now() - t;
}

async function measureQuestions(
  engine: Engine,
  direct: DirectRun,
  rounds: number,
  dialect: 'sqlite' | 'postgresql',
): Promise<Row[]> {
  const pageSize = FIRST_PAGE;
  // The guard as the engine builds it (the data tables), measured apart on each statement.
  const allowedTables = DATA_TABLES.map((t) => t.name).filter((t) => !FORBIDDEN_TABLES.includes(t));
  const guardOf = () => new SqlGuard({ allowedTables, parserDialect: dialect });
  const out: Row[] = [];
  for (const { label, question } of QUESTIONS) {
    const first = await engine.ask(question, { asOf: GENERATED_TODAY });
    const answered = first.sql !== null && first.status === 'answered';
    // The same first page the engine returned: the statement with a LIMIT of that page, run directly.
    const firstPage = answered ? `SELECT * FROM (${first.sql}\n) AS "page" LIMIT ${pageSize}` : null;
    if (firstPage !== null) await direct(firstPage, first.params);
    const engineMs: number[] = [];
    const executeMs: number[] = [];
    const directMs: number[] = [];
    const ratios: number[] = [];
    const retrieveMs: number[] = [];
    const generateMs: number[] = [];
    const hopMs: number[] = [];
    const restMs: number[] = [];
    const guardColdMs: number[] = [];
    const guardWarmMs: number[] = [];
    if (first.sql !== null) {
      for (let i = 0; i < rounds; i++) {
        const guard = guardOf();
        guardColdMs.push(timeGuard(guard, first.sql));
        guardWarmMs.push(timeGuard(guard, first.sql));
      }
    }
    const guardWarm = stat(guardWarmMs).p50;
    let last = first;
    // The engine and the direct statement take turns, round by round: on a shared machine whose load moves from
    // second to second, each round's ratio compares the two under the same load (their p50s are printed too).
    for (let i = 0; i < rounds; i++) {
      last = await engine.ask(question, { asOf: GENERATED_TODAY });
      const { timings } = last;
      engineMs.push(timings.totalMs);
      executeMs.push(timings.executeMs);
      retrieveMs.push(timings.retrieveMs);
      generateMs.push(timings.generateMs);
      restMs.push(timings.totalMs - timings.retrieveMs - timings.generateMs - timings.executeMs);
      if (firstPage === null) continue;
      const t = performance.now();
      await direct(firstPage, first.params);
      const ms = performance.now() - t;
      directMs.push(ms);
      hopMs.push(timings.executeMs - guardWarm - ms);
      if (ms > 0) ratios.push(last.timings.totalMs / ms);
    }
    const directCountedMs: number[] = [];
    if (answered) {
      const counted = `SELECT count(*) FROM (SELECT * FROM (${first.sql}\n) AS "page" LIMIT ${COUNT_LIMIT}) AS "counted"`;
      await direct(counted, first.params);
      for (let i = 0; i < rounds; i++) {
        const t = performance.now();
        await direct(counted, first.params);
        directCountedMs.push(performance.now() - t);
      }
    }
    const totalMs: number[] = [];
    let exactTotal: number | null = null;
    if (answered) {
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
      parts: {
        retrieve: stat(retrieveMs).p50,
        generate: stat(generateMs).p50,
        guardCold: stat(guardColdMs).p50,
        guardWarm,
        execute: stat(executeMs).p50,
        hop: stat(hopMs).p50,
        rest: stat(restMs).p50,
      },
      roundRatio: stat(ratios).p50,
    });
  }
  return out;
}

function print(title: string, rows: readonly Row[], json: boolean, rounds: number): void {
  if (json) {
    for (const r of rows) console.log(JSON.stringify({ suite: 'engine-scale', backend: title, ...r }));
    return;
  }
  console.log(
    `\n${title}: ${rounds} rounds after a warm-up, engine and direct in turn (x: p50 over p50; x/round: median of each round's ratio; exact total: 3); ms (load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`,
  );
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
    'x/round',
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
    r.roundRatio.toFixed(2),
    r.directCounted.p50.toFixed(1),
    r.exactTotal === null ? (r.status === 'answered' ? 'timeout' : '') : String(r.exactTotal),
    r.exactTotal === null ? '' : r.total50.p50.toFixed(1),
  ]);
  table([head, ...body]);
  console.log(
    `\n${title}: where the engine's time goes, p50 ms (guard cold: a guard that never saw the statement; warm: the` +
      ` same again, as the engine's own guard runs on a statement shape it accepted before; hop: execute minus` +
      ` warm guard minus the same round's direct statement: negative where the engine reads its first page by` +
      ` walking an order index, which the direct statement does not, or counts less than it)`,
  );
  const partsHead = ['question', 'retrieve', 'generate', 'guard cold', 'guard warm', 'execute', 'hop', 'rest'];
  const parts = rows.map((r) => [
    r.label,
    ...[
      r.parts.retrieve,
      r.parts.generate,
      r.parts.guardCold,
      r.parts.guardWarm,
      r.parts.execute,
      r.parts.hop,
      r.parts.rest,
    ].map((v) => v.toFixed(2)),
  ]);
  table([partsHead, ...parts]);
}

/** Prints rows as columns: the first left-aligned, the others right-aligned. */
function table(rows: readonly (readonly string[])[]): void {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows)
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
    print('sqlite', await measureQuestions(engine, direct, rounds(opts), 'sqlite'), opts.json, rounds(opts));
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
    print('postgres', await measureQuestions(engine, direct, rounds(opts), 'postgresql'), opts.json, rounds(opts));
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
