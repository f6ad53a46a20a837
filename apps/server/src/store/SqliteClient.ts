import type BetterSqlite3 from 'better-sqlite3';

import type { SqlClient, SqlValue } from './SqlClient';

/**
 * Statements of one better-sqlite3 connection: prepared on first use and kept (keyed by their SQL
 * text, a fixed set per store), since preparing costs more than running most of the app's statements.
 */
class SqliteStatements implements SqlClient {
  readonly dialect = 'sqlite' as const;
  constructor(
    readonly db: BetterSqlite3.Database,
    private readonly cache = new Map<string, BetterSqlite3.Statement>(),
  ) {}

  statement(sql: string): BetterSqlite3.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }

  all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    return Promise.resolve(this.statement(sql).all(...params) as T[]);
  }

  get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
    return Promise.resolve(this.statement(sql).get(...params) as T | undefined);
  }

  run(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return Promise.resolve(this.statement(sql).run(...params).changes);
  }

  /** Inside a transaction already: the work runs as part of it. */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    return work(this);
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }
}

/**
 * {@link SqlClient} over a better-sqlite3 connection (opened by `openSqlite` of `@musaeid/db`: WAL,
 * busy timeout, foreign keys). Statements run synchronously; a transaction holds the connection
 * until its work settles (its awaits let other requests' code run, so their statements wait for the
 * commit instead of slipping into the transaction).
 */
export class SqliteClient extends SqliteStatements {
  /** The statements of transactions, kept from one to the next. */
  private readonly transactionCache = new Map<string, BetterSqlite3.Statement>();
  /** Settles when the running transaction ends; null when none runs. */
  private busy: Promise<void> | null = null;

  // Each method checks `busy` and then runs with no await in between: a statement never lands
  // inside another caller's transaction, and two transactions never both begin.
  override async all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    while (this.busy) await this.busy;
    return super.all<T>(sql, params);
  }

  override async get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    while (this.busy) await this.busy;
    return super.get<T>(sql, params);
  }

  override async run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    while (this.busy) await this.busy;
    return super.run(sql, params);
  }

  override async transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T> {
    while (this.busy) await this.busy;
    let release = (): void => undefined;
    this.busy = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tx = new SqliteStatements(this.db, this.transactionCache);
    try {
      this.statement('BEGIN IMMEDIATE').run();
      try {
        const result = await work(tx);
        this.statement('COMMIT').run();
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.statement('ROLLBACK').run();
        throw error;
      }
    } finally {
      this.busy = null;
      release();
    }
  }
}
