import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { makeTmp, removeTmp } from '@musaeid/testkit';

import { migrate } from '../migrate';
import { openSqlite } from '../openSqlite';
import { databaseMigratedTo } from '../testing';

const dir = makeTmp();
afterAll(() => removeTmp(dir));

describe('Migration20261204151000 (ratings, verified examples, glossary)', () => {
  it('adds the tables to a database made before it, with one term per owner and examples outliving their chat', async () => {
    const file = await databaseMigratedTo(
      path.join(dir, 'before.db'),
      'Migration20261204000001',
      `
        INSERT INTO users (id, email, created_at) VALUES ('u1', 'a@example.test', '2026-01-01');
        INSERT INTO chats (id, user_id, title, created_at, updated_at) VALUES ('c1', 'u1', 't', '2026-01-01', '2026-01-01');
        INSERT INTO messages (id, chat_id, seq, role, kind, text, created_at) VALUES ('q', 'c1', 1, 'user', 'question', 'how many?', '2026-01-01');
        INSERT INTO messages (id, chat_id, seq, role, kind, text, reply_to_id, status, sql, created_at) VALUES ('a', 'c1', 2, 'assistant', 'answer', '3', 'q', 'answered', 'SELECT 3', '2026-01-01');
      `,
    );

    // Later migrations follow it in the same call.
    expect((await migrate(file)).applied[0]).toBe('Migration20261204151000');

    const db = openSqlite(file);
    try {
      db.exec(`
        INSERT INTO message_ratings (message_id, user_id, rating, created_at, updated_at) VALUES ('a', 'u1', 'up', 'x', 'x');
        INSERT INTO verified_examples (id, question, generator, sql, verified_by, source_message_id, created_at, updated_at)
          VALUES ('e1', 'how many?', 'llm', 'SELECT 3', 'u1', 'a', 'x', 'x');
        INSERT INTO glossary_terms (id, user_id, term, term_key, concept, created_at, updated_at) VALUES ('g1', NULL, 'APAC', 'apac', '{}', 'x', 'x');
        INSERT INTO glossary_terms (id, user_id, term, term_key, concept, created_at, updated_at) VALUES ('g2', 'u1', 'APAC', 'apac', '{}', 'x', 'x');
      `);
      // One workspace term per key (NULL owners are not distinct here), one personal term per user and key.
      expect(() =>
        db.exec(
          `INSERT INTO glossary_terms (id, user_id, term, term_key, concept, created_at, updated_at) VALUES ('g3', NULL, 'apac', 'apac', '{}', 'x', 'x')`,
        ),
      ).toThrow(/UNIQUE/);
      expect(() =>
        db.exec(
          `INSERT INTO message_ratings (message_id, user_id, rating, created_at, updated_at) VALUES ('q', 'u1', 'meh', 'x', 'x')`,
        ),
      ).toThrow(/CHECK/);
      // Deleting the chat drops its rating; the verified example stays, without its source.
      db.exec(`DELETE FROM chats WHERE id = 'c1'`);
      expect(db.prepare('SELECT count(*) FROM message_ratings').pluck().get()).toBe(0);
      expect(db.prepare('SELECT source_message_id FROM verified_examples').pluck().all()).toEqual([null]);
    } finally {
      db.close();
    }
  });
});
