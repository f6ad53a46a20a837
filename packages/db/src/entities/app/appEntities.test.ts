import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createOrm } from '../../createOrm';
import { migrate } from '../../migrate';
import { openSqlite } from '../../openSqlite';
import { APP_TABLE_NAMES, Chat, Message, User } from './index';

describe('app tables (migration 20261126000002 + entities)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'musaeid-app-tables-'));
  const file = path.join(dir, 'app.db');

  beforeAll(async () => {
    await migrate(file);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates every app table', () => {
    const db = openSqlite(file, { readonly: true });
    const tables = db.prepare(`SELECT "name" FROM sqlite_master WHERE type = 'table'`).pluck().all();
    db.close();
    expect(tables).toEqual(expect.arrayContaining([...APP_TABLE_NAMES]));
  });

  it('maps the tables with the ORM (EntityManager fork per unit of work)', async () => {
    const orm = await createOrm(file);
    try {
      const em = orm.em.fork();
      const at = new Date().toISOString();
      const user = em.create(User, {
        id: randomUUID(),
        email: 'orm@example.test',
        role: 'admin',
        createdAt: at,
        disabledAt: null,
      });
      const chat = em.create(Chat, { id: randomUUID(), user, title: 'ORM', createdAt: at, updatedAt: at });
      em.create(Message, {
        id: randomUUID(),
        chat,
        seq: 0,
        role: 'assistant',
        kind: 'greeting',
        text: 'Hello',
        createdAt: at,
      });
      await em.flush();
      const found = await orm.em.fork().findOneOrFail(Message, { chat: chat.id }, { populate: ['chat', 'chat.user'] });
      expect(found.text).toBe('Hello');
      expect(found.chat.user.email).toBe('orm@example.test');
    } finally {
      await orm.close(true);
    }
  });

  it('enforces the constraints', () => {
    const db = openSqlite(file);
    try {
      const at = new Date().toISOString();
      const userId = randomUUID();
      const chatId = randomUUID();
      db.prepare(
        `INSERT INTO "users" ("id", "email", "role", "created_at") VALUES (?, 'c@example.test', 'user', ?)`,
      ).run(userId, at);
      expect(() =>
        db
          .prepare(`INSERT INTO "users" ("id", "email", "role", "created_at") VALUES (?, 'c@example.test', 'user', ?)`)
          .run(randomUUID(), at),
      ).toThrow(/UNIQUE/);
      expect(() =>
        db
          .prepare(`INSERT INTO "users" ("id", "email", "role", "created_at") VALUES (?, 'd@example.test', 'root', ?)`)
          .run(randomUUID(), at),
      ).toThrow(/CHECK/);
      db.prepare(
        `INSERT INTO "chats" ("id", "user_id", "title", "created_at", "updated_at") VALUES (?, ?, 't', ?, ?)`,
      ).run(chatId, userId, at, at);
      const question = (seq: number, clientId: string | null) =>
        db
          .prepare(
            `INSERT INTO "messages" ("id", "chat_id", "seq", "role", "kind", "text", "client_message_id", "created_at")
             VALUES (?, ?, ?, 'user', 'question', 'q', ?, ?)`,
          )
          .run(randomUUID(), chatId, seq, clientId, at);
      question(1, 'a');
      expect(() => question(1, 'b')).toThrow(/UNIQUE/); // UNIQUE(chat_id, seq)
      expect(() => question(2, 'a')).toThrow(/UNIQUE/); // UNIQUE(chat_id, client_message_id)
      expect(() =>
        db
          .prepare(
            `INSERT INTO "messages" ("id", "chat_id", "seq", "role", "kind", "text", "created_at") VALUES (?, ?, 9, 'assistant', 'answer', 'a', ?)`,
          )
          .run(randomUUID(), chatId, at),
      ).toThrow(/CHECK/); // an answer needs a status
      expect(() =>
        db
          .prepare(
            `INSERT INTO "api_keys" ("id", "user_id", "name", "prefix", "hash", "created_at") VALUES (?, ?, 'k', 'p', 'short', ?)`,
          )
          .run(randomUUID(), userId, at),
      ).toThrow(/CHECK/); // hash is a SHA-256 hex digest
      expect(() =>
        db
          .prepare(
            `INSERT INTO "chats" ("id", "user_id", "title", "created_at", "updated_at") VALUES (?, ?, 't', ?, ?)`,
          )
          .run(randomUUID(), randomUUID(), at, at),
      ).toThrow(/FOREIGN KEY/);
      // Deleting a user removes their chats and messages.
      db.prepare('DELETE FROM "users" WHERE "id" = ?').run(userId);
      expect(db.prepare('SELECT count(*) FROM "messages" WHERE "chat_id" = ?').pluck().get(chatId)).toBe(0);
    } finally {
      db.close();
    }
  });
});
