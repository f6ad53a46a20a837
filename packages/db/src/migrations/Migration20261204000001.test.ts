import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { migrate } from '../migrate';
import { openSqlite } from '../openSqlite';
import { databaseMigratedTo } from '../testing';
import { makeTmp, removeTmp } from '@musaeid/testkit';

const dir = makeTmp();
afterAll(() => removeTmp(dir));

describe('Migration20261204000001 (clarify answers)', () => {
  it('keeps every message and full result of a database made before it, and accepts clarify answers', async () => {
    // A database as the previous release left it: migrated up to the app tables only, with a chat in it.
    const file = await databaseMigratedTo(
      path.join(dir, 'before.db'),
      'Migration20261126000002',
      `
        INSERT INTO users (id, email, created_at) VALUES ('u1', 'a@example.test', '2026-01-01');
        INSERT INTO chats (id, user_id, title, created_at, updated_at) VALUES ('c1', 'u1', 't', '2026-01-01', '2026-01-01');
        INSERT INTO messages (id, chat_id, seq, role, kind, text, created_at) VALUES ('g', 'c1', 0, 'assistant', 'greeting', 'hi', '2026-01-01');
        INSERT INTO messages (id, chat_id, seq, role, kind, text, client_message_id, created_at) VALUES ('q', 'c1', 1, 'user', 'question', 'how many?', 'm1', '2026-01-01');
        INSERT INTO messages (id, chat_id, seq, role, kind, text, reply_to_id, status, sql, row_count, created_at) VALUES ('a', 'c1', 2, 'assistant', 'answer', '3', 'q', 'answered', 'SELECT 3', 1, '2026-01-01');
        INSERT INTO message_results (message_id, columns, rows, row_count) VALUES ('a', '["n"]', '[[3]]', 1);
      `,
    );
    const before = openSqlite(file);
    try {
      expect(() =>
        before
          .prepare(
            `INSERT INTO messages (id, chat_id, seq, role, kind, text, reply_to_id, status, created_at) VALUES ('x', 'c1', 3, 'assistant', 'answer', '?', NULL, 'clarify', '2026-01-01')`,
          )
          .run(),
      ).toThrow(/CHECK/); // the old table refuses the new status: the migration is needed
    } finally {
      before.close();
    }

    // Later migrations run too; this one is among those applied.
    expect((await migrate(file)).applied).toContain('Migration20261204000001');

    const after = openSqlite(file);
    try {
      expect(after.prepare('SELECT id, seq, status, reply_to_id FROM messages ORDER BY seq').all()).toEqual([
        { id: 'g', seq: 0, status: null, reply_to_id: null },
        { id: 'q', seq: 1, status: null, reply_to_id: null },
        { id: 'a', seq: 2, status: 'answered', reply_to_id: 'q' },
      ]);
      expect(after.prepare('SELECT message_id, rows FROM message_results').all()).toEqual([
        { message_id: 'a', rows: '[[3]]' },
      ]);
      after
        .prepare(
          `INSERT INTO messages (id, chat_id, seq, role, kind, text, status, clarification, created_at) VALUES ('x', 'c1', 3, 'assistant', 'answer', '?', 'clarify', '{"question":"?","part":"p","options":[]}', '2026-01-01')`,
        )
        .run();
      // A clarification belongs to clarify answers only.
      expect(() =>
        after
          .prepare(
            `INSERT INTO messages (id, chat_id, seq, role, kind, text, status, clarification, created_at) VALUES ('y', 'c1', 4, 'assistant', 'answer', '?', 'answered', '{}', '2026-01-01')`,
          )
          .run(),
      ).toThrow(/CHECK/);
      // The foreign keys still hold: deleting the chat removes its messages and their results.
      after.prepare(`DELETE FROM chats WHERE id = 'c1'`).run();
      expect(after.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(0);
      expect(after.prepare('SELECT count(*) FROM message_results').pluck().get()).toBe(0);
      expect(after.prepare(`SELECT name FROM sqlite_temp_master`).all()).toEqual([]);
    } finally {
      after.close();
    }
  });
});
