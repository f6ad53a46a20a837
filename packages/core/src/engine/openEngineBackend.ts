import { ensureReaderRole } from '@musaeid/db';
import pg from 'pg';

import { POSTGRESQL_COMPILE_DIALECT } from '../generate/offline/compile/CompileDialect';
import { OfflineSqlGenerator } from '../generate/offline/OfflineSqlGenerator';
import { readValueRows } from '../generate/offline/values/valueRows';
import { PostgresDatabase } from '../schema/PostgresDatabase';
import type { SqlDialectDatabase } from '../schema/SqlDialectDatabase';
import { SqliteDatabase } from '../schema/SqliteDatabase';
import type { TableDescription } from '../schema/TableDescription';

/** Where the engine's data lives: a SQLite file (the embedded default) or a PostgreSQL database. */
export type EngineLocation = { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };

/** A database the engine runs on, and the offline generator built from its values in its SQL dialect. */
export interface EngineBackend {
  readonly database: SqlDialectDatabase;
  /** Reads the values the offline parser recognises (names, places, tags) and compiles to the database's dialect. */
  createOfflineGenerator(): Promise<OfflineSqlGenerator>;
}

/**
 * Opens the engine's database. On PostgreSQL the URL is an owner's: the reader role (SELECT on the engine's tables
 * only, read-only transactions) is created or re-granted with it, and everything the engine runs afterwards runs
 * as that role.
 *
 * @example
 * const backend = await openEngineBackend({ kind: 'postgresql', url: 'postgres://musaeid@127.0.0.1/musaeid' }, tables, 0);
 * const generator = await backend.createOfflineGenerator();
 */
export async function openEngineBackend(
  location: EngineLocation,
  tables: readonly TableDescription[],
  sampleRows: number,
): Promise<EngineBackend> {
  switch (location.kind) {
    case 'sqlite': {
      const database = SqliteDatabase.open({ file: location.file, tables, sampleRows });
      return {
        database,
        createOfflineGenerator: () => Promise.resolve(OfflineSqlGenerator.create({ db: database.connection })),
      };
    }
    case 'postgresql': {
      const readerUrl = await ensureReaderRole(location.url, { tables: tables.map((t) => t.name) });
      const database = await PostgresDatabase.open({ readerUrl, tables, sampleRows });
      return { database, createOfflineGenerator: () => postgresOfflineGenerator(readerUrl, tables) };
    }
  }
}

async function postgresOfflineGenerator(
  readerUrl: string,
  tables: readonly TableDescription[],
): Promise<OfflineSqlGenerator> {
  const client = new pg.Client({ connectionString: readerUrl });
  await client.connect();
  try {
    const names = new Set(tables.map((t) => t.name));
    const rows = await readValueRows(names, async (sql) => (await client.query<Record<string, unknown>>(sql)).rows);
    return OfflineSqlGenerator.fromValueRows(rows, POSTGRESQL_COMPILE_DIALECT);
  } finally {
    await client.end();
  }
}
