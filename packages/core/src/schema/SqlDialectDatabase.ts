import type { QueryExecutor, QueryExecutorOptions } from '../execute/QueryExecutor';
import type { TableDescription } from './TableDescription';

/**
 * The one seam between the engine and a SQL dialect (llama-index's `SQLDatabase`): what the
 * prompt says about the tables, how identifiers are quoted and what the dialect is called.
 * SQLite implements it today ({@link SqliteDatabase}); a PostgreSQL wrapper implements the same.
 */
export interface SqlDialectDatabase {
  /** Dialect name as the text-to-SQL prompt says it ('SQLite', 'PostgreSQL'). */
  readonly dialect: string;
  /** Parser dialect for the guard (node-sql-parser's `database` option). */
  readonly parserDialect: 'sqlite' | 'postgresql';
  /** The tables the engine may query, with their descriptions. */
  readonly tables: readonly TableDescription[];
  /** Table and column info for the prompt: descriptions, keys, foreign keys, sample rows. */
  tableInfo(tableName: string): string;
  /** {@link tableInfo} for several tables, separated by blank lines. */
  tablesInfo(tableNames: readonly string[]): string;
  quoteIdentifier(name: string): string;
  /** The read-only executor for this database (time limit, row cap, concurrency). */
  createExecutor(options: QueryExecutorOptions): QueryExecutor;
  close(): void;
}
