import pg from 'pg';

import { QueryTimeout } from '../errors/QueryTimeout';
import { SqlExecutionError } from '../errors/SqlExecutionError';
import { tokenizeSql } from '../guard/tokenizeSql';
import type { ExecutionResult, PageResult } from './ExecutionResult';
import type { PageWindow, QueryExecutor, QueryExecutorOptions, RunOptions } from './QueryExecutor';

/** Options of {@link PostgresQueryExecutor}. */
export interface PostgresQueryExecutorOptions extends QueryExecutorOptions {
  /** URL of the reader role (SELECT on the data tables only; see `ensureReaderRole` in @musaeid/db). */
  readerUrl: string;
}

/** PostgreSQL's type oids (pg_type) of the values re-read below. */
const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Values as the SQLite executor returns them, so answers, charts and the comparison of the two backends see the
 * same types: a DATE stays its 'YYYY-MM-DD' text (node-postgres would make a local-time Date of it), and
 * COUNT/SUM (bigint) and AVG (numeric) are numbers (node-postgres keeps them as text to avoid losing precision;
 * counts of rows never come near 2^53, and SQLite's own REAL has the same precision as a JS number).
 */
const SQLITE_LIKE_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE_OID) return (text: string) => text;
    if (oid === INT8_OID || oid === NUMERIC_OID) return (text: string) => Number(text);
    return pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
  }) as pg.CustomTypesConfig['getTypeParser'],
};

const DEFAULT_TIMEOUT_MS = 15_000;
/** How long a pooled reader connection may stay idle before it is closed. */
const IDLE_CONNECTION_MS = 10 * 60_000;
const DEFAULT_ROW_CAP = 10_000;
/**
 * How long a transaction begun when its connection was released is used by the next statement: its clock (now(),
 * CURRENT_DATE are the transaction's start) must be the statement's, give or take this.
 */
const BEGUN_FRESH_MS = 1_000;
/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

/**
 * Runs guarded statements on PostgreSQL behind four walls that hold even if the guard let something through:
 * 1. the connection's role may only SELECT the data tables (no app table, nothing writable);
 * 2. every statement runs in `BEGIN READ ONLY` (rolled back afterwards) with `SET LOCAL statement_timeout`;
 * 3. the extended query protocol, one statement per call (PostgreSQL refuses `a; b` in a prepared statement,
 *    so `SELECT 1; COMMIT; DROP ...` cannot escape the transaction);
 * 4. a row cap: at most cap + 1 rows leave the server (`LIMIT` around the statement), the extra one only
 *    to say that the result was cut.
 *
 * @example
 * const executor = new PostgresQueryExecutor({ readerUrl, timeoutMs: 5000, rowCap: 1000 });
 * await executor.run('SELECT name FROM events WHERE country = ?', ['Singapore']);
 */
export class PostgresQueryExecutor implements QueryExecutor {
  readonly #pool: pg.Pool;
  readonly #timeoutMs: number;
  readonly #rowCap: number;
  /**
   * Pooled connections whose next transaction was begun when they were released (see {@link #readOnly}): the
   * query that ended the last one and began the next, `BEGIN READ ONLY` with the default time limit.
   */
  readonly #begun = new WeakMap<pg.PoolClient, { query: Promise<unknown>; at: number }>();

  constructor(options: PostgresQueryExecutorOptions) {
    this.#pool = new pg.Pool({
      connectionString: options.readerUrl,
      max: options.size ?? 4,
      types: SQLITE_LIKE_TYPES,
      // pg closes a connection idle for 10 s by default: a server asked a question every now and then paid a new
      // backend (fork, authentication, cold catalog caches) on nearly every question. Kept for 10 minutes instead.
      idleTimeoutMillis: IDLE_CONNECTION_MS,
    });
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#rowCap = options.rowCap ?? DEFAULT_ROW_CAP;
  }

  async ready(): Promise<void> {
    const client = await this.#pool.connect();
    client.release();
  }

  async run(sql: string, params: unknown[] = [], options: RunOptions = {}): Promise<ExecutionResult> {
    const rowCap = options.rowCap ?? this.#rowCap;
    const started = performance.now();
    return this.#readOnly(sql, options, async (client) => {
      const text = `SELECT * FROM (${numberPlaceholders(sql)}\n) AS "capped" LIMIT ${Math.floor(rowCap) + 1}`;
      const result = await client.query({
        text,
        values: params,
        rowMode: 'array',
        queryMode: 'extended',
      } as pg.QueryConfig);
      const rows = result.rows as unknown[][];
      const truncated = rows.length > rowCap;
      if (truncated) rows.length = rowCap;
      return {
        columns: result.fields.map((f) => f.name),
        rows,
        rowCount: rows.length,
        truncated,
        elapsedMs: performance.now() - started,
      };
    });
  }

  /**
   * One page. Counting no further than the row after the page (a later page, or an answer's first page under the
   * engine's PostgreSQL default): the statement with `LIMIT page + 1 OFFSET offset`, planned by PostgreSQL with its
   * LIMIT, as a client running it directly would (measured on the generated 1,000,000-person database, the showcase
   * question's first page: 0.39 s this way, 2.0 s fetched from a cursor, whose fast-start plan was the slower one).
   * Counting further: through a cursor declared on the statement inside the read-only transaction: `MOVE` skips the
   * offset and, after the page is fetched, counts the rows past it without sending them (the server steps through
   * them; nothing crosses the wire but a count).
   */
  async page(sql: string, params: unknown[], window: PageWindow, options: RunOptions = {}): Promise<PageResult> {
    const limit = Math.floor(Math.min(window.limit, options.rowCap ?? this.#rowCap));
    const countTo = Math.floor(Math.max(limit + 1, window.countUpTo ?? 0));
    const offset = Math.floor(window.offset);
    const started = performance.now();
    if (countTo === limit + 1) {
      return this.#readOnly(sql, options, async (client) => {
        // Whole numbers computed above, written into the text so the planner sees the LIMIT whatever it does with
        // parameters.
        const result = await client.query({
          text: `SELECT * FROM (${numberPlaceholders(sql)}\n) AS "paged" LIMIT ${countTo} OFFSET ${offset}`,
          values: params,
          rowMode: 'array',
          queryMode: 'extended',
        } as pg.QueryConfig);
        const rows = result.rows as unknown[][];
        const counted = rows.length;
        if (rows.length > limit) rows.length = limit;
        return {
          columns: result.fields.map((f) => f.name),
          rows,
          counted,
          exhausted: counted < countTo,
          elapsedMs: performance.now() - started,
        };
      });
    }
    const deadline = started + (options.timeoutMs ?? this.#timeoutMs);
    return this.#readOnly(sql, options, async (client) => {
      // The page's statements share one time limit: each runs with what the ones before it left.
      const timeLeft = async () => {
        const left = Math.floor(deadline - performance.now());
        if (left < 1) throw Object.assign(new Error('page out of time'), { code: QUERY_CANCELED });
        await client.query(`SET LOCAL statement_timeout = ${left}`);
      };
      await client.query({
        text: `DECLARE "page" NO SCROLL CURSOR FOR SELECT * FROM (${numberPlaceholders(sql)}\n) AS "paged"`,
        values: params,
        queryMode: 'extended',
      } as pg.QueryConfig);
      // MOVE and FETCH take no bind parameters; the counts are whole numbers computed above.
      if (offset > 0) {
        await timeLeft();
        await client.query(`MOVE FORWARD ${offset} FROM "page"`);
      }
      await timeLeft();
      const fetched = await client.query({ text: `FETCH FORWARD ${limit} FROM "page"`, rowMode: 'array' });
      const rows = fetched.rows as unknown[][];
      let counted = rows.length;
      if (rows.length === limit && countTo > limit) {
        await timeLeft();
        const moved = await client.query(`MOVE FORWARD ${countTo - limit} FROM "page"`);
        counted += moved.rowCount ?? 0;
      }
      return {
        columns: fetched.fields.map((f) => f.name),
        rows,
        counted,
        exhausted: counted < countTo,
        elapsedMs: performance.now() - started,
      };
    });
  }

  /**
   * Runs `work` on a pooled connection inside `BEGIN READ ONLY` with the statement timeout, always rolled back.
   * The transaction is begun when the connection is released by the statement before: its ROLLBACK, the next
   * `BEGIN READ ONLY` and `SET LOCAL statement_timeout` (the default) go as one message, queued without waiting
   * (node-postgres runs one connection's queries in order), so a statement on a pooled connection costs one round
   * trip, its own, as a client running it directly pays (the BEGIN was a round trip of its own before each
   * statement: a fixed cost that dominated small queries). A connection taken fresh, or later than
   * {@link BEGUN_FRESH_MS}, begins its transaction first; one asked another time limit sets it. A pooled connection
   * idles inside its begun transaction, which holds no snapshot until a statement runs.
   */
  async #readOnly<T>(sql: string, options: RunOptions, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const timeoutMs = wholeMs(options.timeoutMs ?? this.#timeoutMs);
    const client = await this.#pool.connect();
    let broken = false;
    try {
      const begun = this.#begun.get(client);
      this.#begun.delete(client);
      if (begun === undefined) await client.query(beginReadOnly(timeoutMs));
      else if (performance.now() - begun.at > BEGUN_FRESH_MS) {
        // Too old a clock: begun again (after the queued one, in order).
        await client.query(`ROLLBACK; ${beginReadOnly(timeoutMs)}`);
      } else {
        // Settled already, or still queued ahead of anything sent now; a failure is the connection's (below).
        await begun.query;
        if (timeoutMs !== wholeMs(this.#timeoutMs)) await client.query(`SET LOCAL statement_timeout = ${timeoutMs}`);
      }
      return await work(client);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === QUERY_CANCELED) throw new QueryTimeout(timeoutMs, sql);
      if (error instanceof Error && code !== undefined) throw new SqlExecutionError(error.message, sql, code);
      broken = true;
      throw error;
    } finally {
      if (broken) client.release(true);
      else {
        // Ends this transaction and begins the next one's (see above). A failure here is the connection's: the
        // pool drops an idle connection that errors, and a caller that already took it gets the error when it
        // awaits `begun` (and drops it there).
        const next = client.query(`ROLLBACK; ${beginReadOnly(wholeMs(this.#timeoutMs))}`);
        next.catch(() => undefined);
        this.#begun.set(client, { query: next, at: performance.now() });
        client.release();
      }
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}

/** A time limit as PostgreSQL's `statement_timeout` takes it: whole milliseconds, at least 1 (0 would be none). */
function wholeMs(ms: number): number {
  return Math.max(1, Math.floor(ms));
}

/**
 * A read-only transaction and its time limit, one simple-protocol message of two statements (all text of ours: SET
 * takes no bind parameters; the value is a whole number the caller cannot shape). The caller's statement still goes
 * alone through the extended protocol.
 */
function beginReadOnly(timeoutMs: number): string {
  return `BEGIN READ ONLY; SET LOCAL statement_timeout = ${timeoutMs}`;
}

/**
 * The guard accepts only `?` placeholders (SQLite's); PostgreSQL numbers them. Tokens, not text, are
 * rewritten, so a `?` inside a string literal or comment stays as it is.
 */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let out = '';
  let at = 0;
  for (const token of tokenizeSql(sql)) {
    if (token.kind !== 'parameter') continue;
    out += `${sql.slice(at, token.start)}$${++n}`;
    at = token.end;
  }
  return out + sql.slice(at);
}
