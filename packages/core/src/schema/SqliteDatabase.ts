import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import type { QueryExecutor, QueryExecutorOptions } from '../execute/QueryExecutor';
import { QueryPool } from '../execute/QueryPool';
import { formatTableInfo } from './formatTableInfo';
import { quoteSqliteIdentifier } from './quoteSqliteIdentifier';
import type { SqlDialectDatabase } from './SqlDialectDatabase';
import type { TableDescription } from './TableDescription';

/** Options for {@link SqliteDatabase.open}. */
export interface SqliteDatabaseOptions {
  file: string;
  tables: readonly TableDescription[];
  /** Example rows per table in the prompt (0 = none). */
  sampleRows?: number;
}

/**
 * The SQLite implementation of {@link SqlDialectDatabase} over a read-only connection
 * (`readonly` + `query_only`). The connection is also what the offline generator reads.
 *
 * @example
 * const db = SqliteDatabase.open({ file: 'data/musaeid.db', tables: DATA_TABLES, sampleRows: 2 });
 * db.tablesInfo(['events']);
 */
export class SqliteDatabase implements SqlDialectDatabase {
  readonly dialect = 'SQLite';
  readonly parserDialect = 'sqlite' as const;
  readonly #info = new Map<string, string>();

  private constructor(
    readonly file: string,
    readonly connection: BetterSqlite3.Database,
    readonly tables: readonly TableDescription[],
    private readonly sampleRowCount: number,
  ) {}

  static open(options: SqliteDatabaseOptions): SqliteDatabase {
    const connection = SqliteDatabase.openReadOnly(options.file);
    return new SqliteDatabase(options.file, connection, options.tables, options.sampleRows ?? 0);
  }

  /** A read-only connection with `query_only` on: the second wall behind the guard. */
  static openReadOnly(file: string): BetterSqlite3.Database {
    const connection = new Database(file, { readonly: true, fileMustExist: true });
    connection.pragma('query_only = ON');
    connection.pragma('busy_timeout = 5000');
    return connection;
  }

  tableInfo(tableName: string): string {
    const cached = this.#info.get(tableName);
    if (cached !== undefined) return cached;
    const table = this.tables.find((t) => t.name === tableName);
    if (!table) throw new Error(`Unknown table ${tableName}`);
    const info = formatTableInfo(table, { sampleRows: this.sampleRows(table) });
    this.#info.set(tableName, info);
    return info;
  }

  tablesInfo(tableNames: readonly string[]): string {
    return tableNames.map((name) => this.tableInfo(name)).join('\n\n');
  }

  /** A pool of query processes, each with its own read-only, `query_only` connection. */
  createExecutor(options: QueryExecutorOptions): QueryExecutor {
    return new QueryPool({ dbFile: this.file, ...options });
  }

  quoteIdentifier(name: string): string {
    return quoteSqliteIdentifier(name);
  }

  close(): void {
    if (this.connection.open) this.connection.close();
  }

  private sampleRows(table: TableDescription): unknown[][] {
    if (this.sampleRowCount <= 0) return [];
    const columns = table.columns.map((c) => quoteSqliteIdentifier(c.name)).join(', ');
    try {
      return this.connection
        .prepare(`SELECT ${columns} FROM ${quoteSqliteIdentifier(table.name)} LIMIT ?`)
        .raw(true)
        .all(this.sampleRowCount) as unknown[][];
    } catch {
      return [];
    }
  }
}
