import pg from 'pg';

import { PostgresQueryExecutor } from '../execute/PostgresQueryExecutor';
import type { QueryExecutor, QueryExecutorOptions } from '../execute/QueryExecutor';
import { formatTableInfo } from './formatTableInfo';
import type { SqlDialectDatabase } from './SqlDialectDatabase';
import type { TableDescription } from './TableDescription';

/** Options for {@link PostgresDatabase.open}. */
export interface PostgresDatabaseOptions {
  /** URL of the reader role (SELECT on the data tables only): the prompt's samples and every statement use it. */
  readerUrl: string;
  tables: readonly TableDescription[];
  /** Example rows per table in the prompt (0 = none). */
  sampleRows?: number;
}

/** A PostgreSQL identifier, always quoted (embedded quotes doubled). */
export function quotePostgresIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The PostgreSQL implementation of {@link SqlDialectDatabase}: the same table descriptions as SQLite, the guard
 * parsing PostgreSQL, and a {@link PostgresQueryExecutor} connected as the reader role.
 *
 * @example
 * const db = await PostgresDatabase.open({ readerUrl, tables: DATA_TABLES, sampleRows: 2 });
 * const executor = db.createExecutor({ timeoutMs: 5000, rowCap: 1000 });
 */
export class PostgresDatabase implements SqlDialectDatabase {
  readonly dialect = 'PostgreSQL';
  readonly parserDialect = 'postgresql' as const;
  readonly #info = new Map<string, string>();

  private constructor(
    readonly readerUrl: string,
    readonly tables: readonly TableDescription[],
    private readonly samples: ReadonlyMap<string, unknown[][]>,
  ) {}

  /** Connects once to read the sample rows the prompt shows (tableInfo is synchronous), then disconnects. */
  static async open(options: PostgresDatabaseOptions): Promise<PostgresDatabase> {
    const samples = new Map<string, unknown[][]>();
    const count = options.sampleRows ?? 0;
    if (count > 0) {
      const client = new pg.Client({ connectionString: options.readerUrl });
      await client.connect();
      try {
        for (const table of options.tables) {
          const columns = table.columns.map((c) => quotePostgresIdentifier(c.name)).join(', ');
          const result = await client.query({
            text: `SELECT ${columns} FROM ${quotePostgresIdentifier(table.name)} LIMIT $1`,
            values: [count],
            rowMode: 'array',
          });
          samples.set(table.name, result.rows as unknown[][]);
        }
      } finally {
        await client.end();
      }
    }
    return new PostgresDatabase(options.readerUrl, options.tables, samples);
  }

  tableInfo(tableName: string): string {
    const cached = this.#info.get(tableName);
    if (cached !== undefined) return cached;
    const table = this.tables.find((t) => t.name === tableName);
    if (!table) throw new Error(`Unknown table ${tableName}`);
    const info = formatTableInfo(table, { sampleRows: this.samples.get(tableName) ?? [] });
    this.#info.set(tableName, info);
    return info;
  }

  tablesInfo(tableNames: readonly string[]): string {
    return tableNames.map((name) => this.tableInfo(name)).join('\n\n');
  }

  createExecutor(options: QueryExecutorOptions): QueryExecutor {
    return new PostgresQueryExecutor({ readerUrl: this.readerUrl, ...options });
  }

  quoteIdentifier(name: string): string {
    return quotePostgresIdentifier(name);
  }

  close(): void {
    // Nothing stays open: the samples were read at open, and executors own their connections.
  }
}
