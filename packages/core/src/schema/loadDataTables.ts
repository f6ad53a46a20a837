import type BetterSqlite3 from 'better-sqlite3';
import { FORBIDDEN_TABLES } from '../guard/SqlGuard';
import { DATA_TABLE_NAMES } from './DATA_TABLE_NAMES';
import { introspectSqliteTables } from './introspectSqliteTables';
import type { TableDescription } from './TableDescription';

/**
 * The data model's table descriptions (`DATA_TABLES` of `@musaeid/db`), or, if that package
 * cannot be loaded, the contract's data tables described from SQLite's catalogue.
 */
export async function loadDataTables(connection: BetterSqlite3.Database): Promise<TableDescription[]> {
  try {
    const specifier = '@musaeid/db';
    const db = (await import(specifier)) as { DATA_TABLES?: readonly TableDescription[] };
    if (db.DATA_TABLES?.length) {
      return db.DATA_TABLES.filter((t) => !FORBIDDEN_TABLES.includes(t.name) && !t.name.startsWith('sqlite_'));
    }
  } catch {
    // fall through to introspection
  }
  return introspectSqliteTables(connection, DATA_TABLE_NAMES);
}
