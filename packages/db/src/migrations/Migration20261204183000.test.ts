import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { makeTmp, removeTmp } from '@musaeid/testkit';

import { migrate } from '../migrate';
import { openSqlite } from '../openSqlite';
import { databaseMigratedTo } from '../testing';

const dir = makeTmp();
afterAll(() => removeTmp(dir));

describe('Migration20261204183000 (usage_records.path)', () => {
  it('adds the path to a database made before it: old records keep NULL, only the three paths are accepted', async () => {
    const file = await databaseMigratedTo(
      path.join(dir, 'before.db'),
      'Migration20261204151000',
      `
        INSERT INTO users (id, email, created_at) VALUES ('u1', 'a@example.test', '2026-01-01');
        INSERT INTO usage_records (user_id, kind, created_at, prompt_tokens) VALUES ('u1', 'message', '2026-01-01', 0);
      `,
    );

    // Later migrations follow it in the same call.
    expect((await migrate(file)).applied[0]).toBe('Migration20261204183000');

    const db = openSqlite(file);
    try {
      expect(db.prepare('SELECT path FROM usage_records').pluck().all()).toEqual([null]);
      for (const p of ['offline', 'llm', 'offline+llm'])
        db.prepare(`INSERT INTO usage_records (user_id, kind, created_at, path) VALUES ('u1', 'message', 'x', ?)`).run(
          p,
        );
      expect(() =>
        db
          .prepare(`INSERT INTO usage_records (user_id, kind, created_at, path) VALUES ('u1', 'message', 'x', 'gpt')`)
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
