/** A value bound to a statement's `?` placeholder. */
export type SqlValue = string | number | bigint | null;

/**
 * The app tables' connection, whichever database holds them: statements are written once with `?`
 * placeholders in SQL that SQLite and PostgreSQL both run, and each implementation binds them its
 * way ({@link SqliteClient}, {@link PostgresClient}). Every call is asynchronous, so one store serves
 * an embedded file and a shared server alike.
 */
export interface SqlClient {
  readonly dialect: 'sqlite' | 'postgresql';
  /** Every row of a query (or of a statement with `RETURNING`). */
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs `work` in one transaction that takes the write lock at once (SQLite `BEGIN IMMEDIATE`;
   * PostgreSQL row locks as statements reach them): committed when it resolves, rolled back when it
   * throws. Statements of the transaction go through `tx`; nothing else runs on a SQLite connection
   * meanwhile.
   */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The first column of a row (`SELECT count(*) ...`), or undefined for no row. */
export const firstColumn = <T>(row: Record<string, unknown> | undefined): T | undefined =>
  row === undefined ? undefined : (Object.values(row)[0] as T);
