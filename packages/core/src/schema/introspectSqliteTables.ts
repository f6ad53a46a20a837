import type BetterSqlite3 from 'better-sqlite3';
import { quoteSqliteIdentifier } from './quoteSqliteIdentifier';
import type { ColumnDescription, TableDescription } from './TableDescription';

function columnType(declared: string): ColumnDescription['type'] {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'integer';
  if (t.includes('REAL') || t.includes('FLOA') || t.includes('DOUB') || t.includes('NUM')) return 'real';
  if (t.includes('DATE')) return 'date';
  return 'text';
}

/**
 * Describes tables from SQLite's own catalogue (names, types, keys; no prose). Used when the
 * data model's descriptions are not available, e.g. for a database built by hand in a test.
 */
export function introspectSqliteTables(db: BetterSqlite3.Database, names: readonly string[]): TableDescription[] {
  const existing = new Set(
    (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
  );
  return names
    .filter((name) => existing.has(name))
    .map((name) => {
      const cols = db.prepare(`PRAGMA table_info(${quoteSqliteIdentifier(name)})`).all() as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      const fks = db.prepare(`PRAGMA foreign_key_list(${quoteSqliteIdentifier(name)})`).all() as {
        table: string;
        from: string;
        to: string | null;
      }[];
      return {
        name,
        description: `The ${name.replaceAll('_', ' ')} table.`,
        columns: cols.map((c) => ({
          name: c.name,
          type: columnType(c.type),
          nullable: c.notnull === 0 && c.pk === 0,
          description: '',
        })),
        primaryKey: cols
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
        foreignKeys: fks.map((fk) => ({ column: fk.from, references: { table: fk.table, column: fk.to ?? 'id' } })),
      };
    });
}
