/**
 * The engine's PostgreSQL walls against a throwaway cluster holding a small generated data set: the guard parsing
 * PostgreSQL, and below it the reader role, BEGIN READ ONLY, statement_timeout, one statement per call and the
 * row cap. Every hostile statement is refused by the guard AND, sent past the guard straight to the executor,
 * changes nothing: the whole database (data and app tables, schema, roles) is the same afterwards.
 */
import path from 'node:path';

import {
  DATA_TABLES,
  ensureReaderRole,
  generateDemoData,
  ingestCsvFolder,
  ingestCsvFolderToPostgres,
  migratePostgres,
  openSqlite,
} from '@musaeid/db';
import { makeTmp, removeTmp, tryStartPgCluster } from '@musaeid/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GuardRejection } from '../errors/GuardRejection';
import { QueryTimeout } from '../errors/QueryTimeout';
import { SqlExecutionError } from '../errors/SqlExecutionError';
import { POSTGRESQL_COMPILE_DIALECT } from '../generate/offline/compile/CompileDialect';
import { compileRequest } from '../generate/offline/compile/compileRequest';
import type { Request } from '../generate/offline/ir/Request';
import { HOSTILE_STATEMENTS } from '../guard/hostileCorpus';
import { SqlGuard } from '../guard/SqlGuard';
import { DATA_TABLE_NAMES } from '../schema/DATA_TABLE_NAMES';
import { PostgresDatabase } from '../schema/PostgresDatabase';
import { numberPlaceholders, PostgresQueryExecutor } from './PostgresQueryExecutor';

const attempt = await tryStartPgCluster();

/** A fingerprint of everything an attack could change: every table's rows, the schema, the roles and their grants. */
async function fingerprint(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const parts: string[] = [];
    const { rows: tables } = await client.query<{ t: string }>(
      "SELECT table_name AS t FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1",
    );
    for (const { t } of tables) {
      const { rows } = await client.query<{ h: string | null }>(
        `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM "${t}" x`,
      );
      parts.push(`${t}:${rows[0]?.h ?? 'empty'}`);
    }
    const { rows: columns } = await client.query<{ c: string }>(
      "SELECT string_agg(table_name || '.' || column_name || ':' || data_type, ',' ORDER BY table_name, ordinal_position) AS c FROM information_schema.columns WHERE table_schema = 'public'",
    );
    const { rows: roles } = await client.query<{ r: string }>(
      "SELECT string_agg(rolname || ':' || rolsuper || rolcanlogin || coalesce(array_to_string(rolconfig, ';'), ''), ',' ORDER BY rolname) AS r FROM pg_roles",
    );
    const { rows: grants } = await client.query<{ g: string }>(
      "SELECT string_agg(grantee || ':' || table_name || ':' || privilege_type, ',' ORDER BY grantee, table_name, privilege_type) AS g FROM information_schema.role_table_grants WHERE table_schema = 'public'",
    );
    parts.push(columns[0]?.c ?? '', roles[0]?.r ?? '', grants[0]?.g ?? '');
    return parts.join('\n');
  } finally {
    await client.end();
  }
}

describe.skipIf(!attempt.cluster)('the engine on PostgreSQL', () => {
  const cluster = attempt.cluster!;
  const dir = makeTmp('pg-engine');
  let adminUrl = '';
  let executor: PostgresQueryExecutor;
  let database: PostgresDatabase;
  beforeAll(async () => {
    adminUrl = await cluster.createDatabase('engine');
    await migratePostgres(adminUrl);
    await generateDemoData({ outDir: path.join(dir, 'csv'), seed: 4, people: 200, today: '2026-01-15' });
    await ingestCsvFolderToPostgres({ from: path.join(dir, 'csv'), databaseUrl: adminUrl });
    await ingestCsvFolder({ from: path.join(dir, 'csv'), db: path.join(dir, 'same.db') });
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`INSERT INTO users (id, email, created_at) VALUES ('u1', 'secret@x.example', '2026-01-01')`);
    await admin.end();
    const readerUrl = await ensureReaderRole(adminUrl, { tables: DATA_TABLE_NAMES });
    const tables = DATA_TABLES.filter((t) => (DATA_TABLE_NAMES as readonly string[]).includes(t.name));
    database = await PostgresDatabase.open({ readerUrl, tables, sampleRows: 1 });
    executor = database.createExecutor({ timeoutMs: 2000, rowCap: 50 }) as PostgresQueryExecutor;
    await executor.ready();
  });
  afterAll(async () => {
    await executor?.close();
    await cluster.stop();
    removeTmp(dir);
  });

  it('describes the same tables as SQLite, in the PostgreSQL dialect, with sample rows', () => {
    expect(database.dialect).toBe('PostgreSQL');
    expect(database.parserDialect).toBe('postgresql');
    expect(database.tablesInfo(['events'])).toContain('events');
    expect(database.quoteIdentifier('a"b')).toBe('"a""b"');
  });

  it('runs a guarded SELECT with bound ? values (a ? inside a literal stays a character)', async () => {
    expect(numberPlaceholders("SELECT '?' AS q, name FROM events WHERE id > ? AND name <> ?")).toBe(
      "SELECT '?' AS q, name FROM events WHERE id > $1 AND name <> $2",
    );
    const guard = new SqlGuard({ allowedTables: DATA_TABLE_NAMES, parserDialect: 'postgresql' });
    const checked = guard.check("SELECT '?' AS q, count(*) AS n FROM people WHERE id > ?");
    const result = await executor.run(checked.sql, [0]);
    expect(result.columns).toEqual(['q', 'n']);
    expect(result.rows[0]?.[0]).toBe('?');
    expect(Number(result.rows[0]?.[1])).toBeGreaterThan(0);
  });

  it('cuts results at the row cap and says so', async () => {
    const result = await executor.run('SELECT id FROM people ORDER BY id', [], { rowCap: 7 });
    expect(result.rowCount).toBe(7);
    expect(result.truncated).toBe(true);
    expect(result.rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('stops a statement at its time limit (statement_timeout) with the typed error', async () => {
    await expect(executor.run('SELECT pg_sleep(5)', [], { timeoutMs: 200 })).rejects.toBeInstanceOf(QueryTimeout);
  });

  it('starts each statement in a transaction of its own on a connection the last one left (its ROLLBACK is not awaited)', async () => {
    // One connection: every statement takes the connection the one before released, its ROLLBACK still queued.
    const single = database.createExecutor({ size: 1 });
    try {
      const runs = await Promise.allSettled([
        single.run('SELECT pg_sleep(5)', [], { timeoutMs: 100 }),
        single.run('SELECT id FROM people ORDER BY id LIMIT 2'),
        single.run('SELECT 1/0 AS x'),
        single.page('SELECT id FROM people ORDER BY id', [], { offset: 1, limit: 2, countUpTo: 3 }),
        single.run('SELECT id FROM people ORDER BY id LIMIT 1', [], { timeoutMs: 5_000 }),
      ]);
      // A timed-out or failed statement's aborted transaction never reaches the next one ("current transaction
      // is aborted"), and the next one's time limit is its own.
      expect(runs.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect((runs[0] as PromiseRejectedResult).reason).toBeInstanceOf(QueryTimeout);
      expect((runs[2] as PromiseRejectedResult).reason).toBeInstanceOf(SqlExecutionError);
      expect((runs[3] as PromiseFulfilledResult<{ rows: unknown[][] }>).value.rows).toEqual([[2], [3]]);
    } finally {
      await single.close();
    }
  });

  it('runs each statement in a read-only transaction of its own, begun when the connection was released, with its own time limit and a current clock', async () => {
    const single = database.createExecutor({ size: 1 });
    const state =
      "SELECT current_setting('transaction_read_only') AS ro, current_setting('statement_timeout') AS timeout," +
      " pg_current_xact_id_if_assigned() IS NULL AS unwritten, (clock_timestamp() - now()) < interval '0.5 s' AS now_is_now," +
      ' CAST(now() AS text) AS began';
    try {
      const fresh = await single.run(state, [], { timeoutMs: 1234 });
      const pooled = await single.run(state);
      const other = await single.run(state, [], { timeoutMs: 4321 });
      // Idle longer than a begun transaction is used: its clock would be stale, so the next one begins anew.
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const later = await single.run(state);
      for (const r of [fresh, pooled, other, later]) expect(r.rows[0]?.slice(0, 1)).toEqual(['on']);
      expect(fresh.rows[0]?.[1]).toBe('1234ms');
      expect(pooled.rows[0]?.[1]).not.toBe('1234ms');
      expect(other.rows[0]?.[1]).toBe('4321ms');
      expect(later.rows[0]?.[1]).toBe(pooled.rows[0]?.[1]);
      for (const r of [fresh, pooled, other, later]) expect(r.rows[0]?.slice(2, 4)).toEqual([true, true]);
      // Four transactions: four start times.
      expect(new Set([fresh, pooled, other, later].map((r) => r.rows[0]?.[4])).size).toBe(4);
    } finally {
      await single.close();
    }
  });

  it('gives a page (cursor, fetch, count) one time limit for all its statements', async () => {
    // Each row sleeps 0.1 s: the fetch (0.5 s) and the count after it (0.4 s) each fit in 0.8 s, together they
    // do not; per-statement limits alone would let the page run to 0.9 s.
    const slowRows = 'SELECT id, pg_sleep(0.1) FROM generate_series(1, 20) AS id';
    const page = executor.page(slowRows, [], { offset: 0, limit: 5, countUpTo: 9 }, { timeoutMs: 800 });
    await expect(page).rejects.toBeInstanceOf(QueryTimeout);
    const quick = await executor.page('SELECT id FROM people ORDER BY id', [], { offset: 2, limit: 3, countUpTo: 5 });
    expect(quick.rows.map((r) => r[0])).toEqual([3, 4, 5]);
    expect(quick).toMatchObject({ counted: 5, exhausted: false });
  });

  it('refuses, inside a page, what it refuses in a whole statement', async () => {
    await expect(executor.page('SELECT email FROM users', [], { offset: 0, limit: 5 })).rejects.toThrow(
      /permission denied/,
    );
    await expect(
      executor.page('SELECT 1; COMMIT; DROP TABLE people', [], { offset: 0, limit: 5 }),
    ).rejects.toBeInstanceOf(SqlExecutionError);
  });

  it('runs as a role that can read neither the app tables nor write anything, one statement per call', async () => {
    await expect(executor.run('SELECT email FROM users')).rejects.toThrow(/permission denied/);
    await expect(executor.run('SELECT count(*) FROM ingest_issues')).rejects.toThrow(/permission denied/);
    await expect(executor.run("UPDATE people SET email = 'x@y.z'")).rejects.toBeInstanceOf(SqlExecutionError);
    await expect(executor.run('SELECT 1; COMMIT; DROP TABLE people')).rejects.toBeInstanceOf(SqlExecutionError);
  });

  // Each dialect-specific expression of the offline compiler (case-insensitive LIKE, the year and month of a
  // DATE, a boolean fallback, a DATE as text), compiled for both databases from the same request: PostgreSQL
  // returns the rows SQLite returns from the same data (patterns in capitals: the demo data's are not).
  const list = (target: Request['target'], shape: Request['shape'] = { kind: 'list' }): Request => ({
    version: 1,
    target,
    shape,
    attributes: [],
    ignored: [],
  });
  it.each<[string, Request, RegExp]>([
    [
      'a venue pattern, negated',
      list({ entity: 'events', conds: [{ kind: 'venue', patterns: ['%CENT%'], label: 'x', negate: true }] }),
      /NOT COALESCE\(.* ILIKE \?\)+, FALSE\)/,
    ],
    [
      'words of the description',
      list({ entity: 'events', conds: [{ kind: 'text', words: ['E'], label: 'x', negate: false }] }),
      /"description" ILIKE \?/,
    ],
    [
      // a typed word of four letters or more starts a word ("Anders", "Andersson"); a shorter one is a whole token
      'words of a name',
      list({ entity: 'people', conds: [{ kind: 'nameHas', words: ['ANDERS'], label: 'x', negate: false }] }),
      /"full_name" ILIKE \?/,
    ],
    [
      'a whole word of a job title',
      list({
        entity: 'people',
        conds: [{ kind: 'title', label: 'x', patterns: ['MANAGER'], exclude: [], negate: false }],
      }),
      /\(' ' \|\| replace\(.*\|\| ' '\) ILIKE \?/,
    ],
    [
      'events counted by month',
      list({ entity: 'events', conds: [] }, { kind: 'group', dimension: 'month', order: 'desc', limit: null }),
      /to_char\("e1"\."start_date", 'YYYY-MM'\)/,
    ],
    [
      'events counted by quarter',
      list({ entity: 'events', conds: [] }, { kind: 'group', dimension: 'quarter', order: 'desc', limit: null }),
      /to_char\("e1"\."start_date", 'YYYY-"Q"Q'\)/,
    ],
    [
      'the top 3 years',
      list({ entity: 'events', conds: [] }, { kind: 'group', dimension: 'year', order: 'desc', limit: 3 }),
      /to_char\("e1"\."start_date", 'YYYY'\)/,
    ],
    // a company is one per name (compile/identity.ts): counted, averaged, grouped and intersected by name
    [
      'companies counted',
      list({ entity: 'companies', conds: [] }, { kind: 'count' }),
      /COUNT\(DISTINCT "c1"\."name"\)/,
    ],
    [
      'the revenue of companies, each once',
      list({ entity: 'companies', conds: [] }, { kind: 'aggregate', fn: 'max', column: 'revenue_usd' }),
      /GROUP BY "c1"\."name"/,
    ],
    [
      'the largest company of each event',
      list(
        { entity: 'participations', conds: [] },
        {
          kind: 'group',
          dimension: 'event',
          order: 'desc',
          limit: null,
          measure: { fn: 'max', column: 'revenue_usd' },
        },
      ),
      /GROUP BY "group_key", "entity_key"/,
    ],
    [
      'companies at an event under two relations, by name',
      list({
        entity: 'companies',
        conds: [
          { kind: 'link', relations: [], negate: false, node: { entity: 'events', conds: [] } },
          { kind: 'link', relations: [], negate: false, node: { entity: 'events', conds: [] } },
        ],
      }),
      /"c1"\."name" IN \(SELECT "c2"\."name"/,
    ],
    [
      'a date column that is filled',
      list({
        entity: 'events',
        conds: [{ kind: 'hasValue', entity: 'events', column: 'end_date', label: 'x', negate: false }],
      }),
      /CAST\("e1"\."end_date" AS TEXT\) <> ''/,
    ],
  ])('compiles %s for PostgreSQL, with the rows SQLite gives', async (_label, request, spelling) => {
    const sqlite = compileRequest(request);
    const postgres = compileRequest(request, POSTGRESQL_COMPILE_DIALECT);
    expect(postgres.sql).toMatch(spelling);
    expect(postgres.params).toEqual(sqlite.params);
    const guard = new SqlGuard({ allowedTables: DATA_TABLE_NAMES, parserDialect: 'postgresql' });
    const onPostgres = await executor.run(guard.check(postgres.sql).sql, postgres.params, { rowCap: 100_000 });
    const db = openSqlite(path.join(dir, 'same.db'), { readonly: true });
    let onSqlite: unknown[][];
    try {
      onSqlite = db
        .prepare(sqlite.sql)
        .raw()
        .all(...sqlite.params) as unknown[][];
    } finally {
      db.close();
    }
    const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(onSqlite.length).toBeGreaterThan(0);
    expect(sorted(onPostgres.rows)).toEqual(sorted(onSqlite));
  });

  it('refuses every hostile statement in the guard, and past the guard the database is unchanged', async () => {
    const before = await fingerprint(adminUrl);
    const guard = new SqlGuard({ allowedTables: DATA_TABLE_NAMES, parserDialect: 'postgresql' });
    const postgresOnly = [
      "SELECT E'\\'' ; DROP TABLE people; --'",
      "SELECT U&'d\\0061t'",
      'SELECT pg_read_file($$/etc/passwd$$)',
      'SELECT name::text FROM events',
      "SELECT set_config('default_transaction_read_only', 'off', false)",
      'COPY people TO STDOUT',
      "SELECT * FROM dblink('dbname=x', 'DROP TABLE people') AS t(a int)",
    ];
    const accepted: string[] = [];
    for (const sql of [...HOSTILE_STATEMENTS, ...postgresOnly]) {
      try {
        guard.check(sql);
        accepted.push(sql);
      } catch (error) {
        expect(error, sql).toBeInstanceOf(GuardRejection);
      }
      // The lower walls on their own: whatever the executor does with it, nothing may change.
      await executor.run(sql).catch(() => undefined);
    }
    expect(accepted).toEqual([]);
    expect(await fingerprint(adminUrl)).toBe(before);
  });
});
