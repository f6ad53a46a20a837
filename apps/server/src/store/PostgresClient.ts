import pg from 'pg';

import type { SqlClient, SqlValue } from './SqlClient';

/** `?` placeholders as PostgreSQL's `$1, $2, ...` (a `?` inside a quoted literal or identifier is left alone). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let quote: string | null = null;
  let out = '';
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      n += 1;
      out += `$${n}`;
    } else out += ch;
  }
  return out;
}

/** count(*) and sum(integer) are bigint: read them as numbers (the app's counts stay far below 2^53). */
const TYPES = new pg.TypeOverrides();
TYPES.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

class PostgresStatements implements SqlClient {
  readonly dialect = 'postgresql' as const;
  /** The numbered form of each statement (a fixed set per store). */
  private static readonly numbered = new Map<string, string>();

  constructor(protected readonly target: Queryable) {}

  protected static text(sql: string): string {
    let text = PostgresStatements.numbered.get(sql);
    if (text === undefined) {
      text = numberPlaceholders(sql);
      PostgresStatements.numbered.set(sql, text);
    }
    return text;
  }

  async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    // Parameterised, so always the extended protocol: one statement per call.
    const result = await this.target.query(PostgresStatements.text(sql), params as unknown[]);
    return result.rows as T[];
  }

  async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    const result = await this.target.query(PostgresStatements.text(sql), params as unknown[]);
    return result.rowCount ?? 0;
  }

  /** Inside a transaction already: the work runs as part of it. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return work(this);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * {@link SqlClient} over a pool of PostgreSQL connections (`pg`): statements are parameterised
 * (`?` numbered to `$n`), a transaction holds one pooled connection from BEGIN to COMMIT. Several
 * server processes share the database: what must hold across them is decided by single statements
 * and row locks, never by this process's memory.
 */
export class PostgresClient extends PostgresStatements {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }

  /** A pool on `url` (`postgres://user@host:port/db`); bigint counts read as numbers. */
  static connect(url: string, opts: { max?: number } = {}): PostgresClient {
    const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, types: TYPES });
    // An idle connection that breaks (server restart) must not crash the process: the next query reconnects.
    pool.on('error', () => undefined);
    return new PostgresClient(pool);
  }

  override async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      try {
        const result = await work(new PostgresStatements(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  }

  override close(): Promise<void> {
    return this.pool.end();
  }
}
