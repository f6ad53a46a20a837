import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { DATA_TABLES } from './DATA_TABLES';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { openSqlite } from './openSqlite';
import { makeTmp, removeTmp } from '@musaeid/testkit';

const dir = makeTmp();
afterAll(() => removeTmp(dir));

describe('migrate', () => {
  const file = path.join(dir, 'm.db');

  it('creates a fresh database with every migration, then is a no-op', async () => {
    expect(fs.existsSync(file)).toBe(false);
    expect(await migrate(file)).toEqual({ applied: MIGRATIONS.map((m) => m.name) });
    expect(await migrate(file)).toEqual({ applied: [] });
    const db = openSqlite(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('page_size', { simple: true })).toBe(8192);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
      for (const t of DATA_TABLES) expect(tables).toContain(t.name);
    } finally {
      db.close();
    }
  });

  it('matches the entities: every described column exists with its nullability, keys and foreign keys', () => {
    const db = openSqlite(file, { readonly: true });
    try {
      for (const table of DATA_TABLES) {
        const info = db.prepare(`SELECT name, "notnull", pk FROM pragma_table_info(?)`).all(table.name) as {
          name: string;
          notnull: number;
          pk: number;
        }[];
        expect(info.map((c) => c.name).sort(), table.name).toEqual(table.columns.map((c) => c.name).sort());
        for (const column of table.columns) {
          const c = info.find((i) => i.name === column.name);
          // An INTEGER PRIMARY KEY is NOT NULL without saying so.
          if (c && c.pk === 0) expect(c.notnull === 0, `${table.name}.${column.name} nullable`).toBe(column.nullable);
        }
        expect(
          info
            .filter((c) => c.pk > 0)
            .sort((a, b) => a.pk - b.pk)
            .map((c) => c.name),
          table.name,
        ).toEqual(table.primaryKey);
        const fks = db.prepare(`SELECT "from", "table", "to" FROM pragma_foreign_key_list(?)`).all(table.name) as {
          from: string;
          table: string;
          to: string;
        }[];
        expect(fks.map((f) => `${f.from}->${f.table}.${f.to}`).sort(), table.name).toEqual(
          table.foreignKeys.map((f) => `${f.column}->${f.references.table}.${f.references.column}`).sort(),
        );
      }
    } finally {
      db.close();
    }
  });

  it('indexes every foreign key and the main filter columns', () => {
    const db = openSqlite(file, { readonly: true });
    try {
      const leading = (table: string): string[] =>
        (db.prepare('SELECT name FROM pragma_index_list(?)').pluck().all(table) as string[]).map(
          (index) => db.prepare('SELECT name FROM pragma_index_info(?) WHERE seqno = 0').pluck().get(index) as string,
        );
      for (const table of DATA_TABLES) {
        const indexed = new Set([...leading(table.name), table.primaryKey[0]]);
        for (const fk of table.foreignKeys)
          expect(indexed.has(fk.column) || table.primaryKey.includes(fk.column), `${table.name}.${fk.column}`).toBe(
            true,
          );
      }
      const filters: [string, string][] = [
        ['events', 'start_date'],
        ['events', 'country'],
        ['events', 'city'],
        ['participations', 'relation'],
        ['people', 'job_function'],
        ['people', 'seniority'],
        ['people', 'company_domain'],
        ['people', 'country'],
        ['companies', 'country_code'],
        ['companies', 'employees_min'],
        ['companies', 'revenue_usd'],
        ['event_tags', 'tag'],
      ];
      for (const [table, column] of filters) expect(leading(table), `${table}.${column}`).toContain(column);
    } finally {
      db.close();
    }
  });
});
