import { tryStartPgCluster } from '@musaeid/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DATA_TABLES } from '../DATA_TABLES';
import { MIGRATIONS } from '../migrations';
import { migratePostgres } from './postgresOrm';

const attempt = await tryStartPgCluster();

describe.skipIf(!attempt.cluster)('migrations on PostgreSQL', () => {
  const cluster = attempt.cluster!;
  let url = '';
  let client: pg.Client;
  beforeAll(async () => {
    url = await cluster.createDatabase('migrate');
    client = new pg.Client({ connectionString: url });
  });
  afterAll(async () => {
    await client.end().catch(() => undefined);
    await cluster.stop();
  });

  it('applies every migration to an empty database, then nothing', async () => {
    expect(await migratePostgres(url)).toEqual({ applied: MIGRATIONS.map((m) => m.name) });
    expect(await migratePostgres(url)).toEqual({ applied: [] });
  });

  it('matches the entities: every described column, its nullability and the primary keys', async () => {
    await client.connect();
    for (const table of DATA_TABLES) {
      const { rows } = await client.query<{ column_name: string; is_nullable: string }>(
        'SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = $1',
        [table.name],
      );
      expect(rows.map((r) => r.column_name).sort(), table.name).toEqual(table.columns.map((c) => c.name).sort());
      for (const column of table.columns) {
        if (table.primaryKey.includes(column.name)) continue;
        const nullable = rows.find((r) => r.column_name === column.name)?.is_nullable === 'YES';
        expect(nullable, `${table.name}.${column.name}`).toBe(column.nullable);
      }
      const { rows: keys } = await client.query<{ column_name: string }>(
        `SELECT k.column_name FROM information_schema.table_constraints c
           JOIN information_schema.key_column_usage k ON k.constraint_name = c.constraint_name
          WHERE c.table_name = $1 AND c.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position`,
        [table.name],
      );
      expect(
        keys.map((k) => k.column_name),
        table.name,
      ).toEqual(table.primaryKey);
    }
  });

  // The same CHECKs as on SQLite, in PostgreSQL's spelling: each bad value is refused by the database itself.
  it.each([
    ['an impossible day', `INSERT INTO events (url, name, start_date) VALUES ('u1', 'n', '2024-02-30')`],
    ['a lowercase country code', `INSERT INTO events (url, name, country_code) VALUES ('u2', 'n', 'sg')`],
    [
      'end before start',
      `INSERT INTO events (url, name, start_date, end_date) VALUES ('u3', 'n', '2024-05-02', '2024-05-01')`,
    ],
    ['a tag with a capital', `INSERT INTO tags (tag, label) VALUES ('Ai', 'AI')`],
    [
      'an e-mail without @',
      `INSERT INTO people (company_domain, first_name, full_name, identity_key, email) VALUES ('a.com', 'A', 'A', 'k', 'nope')`,
    ],
    ['summary that is not JSON', `INSERT INTO ingest_runs (summary) VALUES ('{oops')`],
    ['an unknown relation', `INSERT INTO participations (event_id, company_id, relation) VALUES (1, 1, 'fan')`],
  ])('refuses %s', async (_label, sql) => {
    await expect(client.query(sql)).rejects.toThrow();
  });

  it('numbers rows itself where the insert gives no id', async () => {
    const insertId = async (sql: string): Promise<unknown> => (await client.query<{ id: unknown }>(sql)).rows[0]?.id;
    const first = await insertId(
      `INSERT INTO events (url, name, start_date) VALUES ('https://x.example/a', 'A', '2024-02-29') RETURNING id`,
    );
    const second = await insertId(`INSERT INTO events (url, name) VALUES ('https://x.example/b', 'B') RETURNING id`);
    expect(typeof first).toBe('number');
    expect(second).toBe((first as number) + 1);
    await client.query(`INSERT INTO users (id, email, created_at) VALUES ('u', 'u@x.example', '2026-01-01')`);
    expect(
      await insertId(
        `INSERT INTO usage_records (user_id, kind, created_at) VALUES ('u', 'sql', '2026-01-01') RETURNING id`,
      ),
    ).toBe(1);
  });
});
