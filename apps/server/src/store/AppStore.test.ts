/**
 * One suite, run against both implementations of the app store: a migrated SQLite file and a
 * migrated PostgreSQL database in a throwaway cluster (skipped, saying why, where PostgreSQL cannot
 * start; required under CI=true). Each backend gets a fresh database, so both start from the same state.
 */
import { migrate, migratePostgres, openSqlite } from '@musaeid/db';
import { makeTmp, removeTmp, tryStartPgCluster } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DuplicateEmailError, LastApiKeyError, QuotaExceededError } from '../errors';
import { answered } from '../testing/ScriptedEngine';
import { AppStore } from './AppStore';
import { PostgresClient } from './PostgresClient';
import { SqliteClient } from './SqliteClient';

interface Backend {
  name: string;
  /** A fresh, migrated database behind a new store. */
  open(): Promise<AppStore>;
  /** Another connection (pool) to the database `open` made: what a second server process would have. */
  another(): AppStore;
  close(): Promise<void>;
}

const pg = await tryStartPgCluster();

const sqliteBackend = (): Backend => {
  const dir = makeTmp('app-store');
  return {
    name: 'SQLite',
    async open() {
      await migrate(`${dir}/app.db`);
      return new AppStore(new SqliteClient(openSqlite(`${dir}/app.db`)));
    },
    another: () => new AppStore(new SqliteClient(openSqlite(`${dir}/app.db`))),
    close: () => {
      removeTmp(dir);
      return Promise.resolve();
    },
  };
};

let databases = 0;
const postgresBackend = (): Backend => {
  let url = '';
  return {
    name: 'PostgreSQL',
    async open() {
      databases += 1;
      url = await pg.cluster!.createDatabase(`app_store_${databases}`);
      await migratePostgres(url);
      return new AppStore(PostgresClient.connect(url));
    },
    another: () => new AppStore(PostgresClient.connect(url)),
    close: () => Promise.resolve(),
  };
};

afterAll(async () => {
  await pg.cluster?.stop();
});

const count = async (store: AppStore, table: 'messages' | 'usage_records' | 'message_results' | 'chats') =>
  (await store.sql.get<{ n: number }>(`SELECT count(*) AS n FROM "${table}"`))?.n;

for (const [make, skip] of [
  [sqliteBackend, false],
  [postgresBackend, !pg.cluster],
] as const) {
  describe.skipIf(skip)(`the app store on ${make === sqliteBackend ? 'SQLite' : 'PostgreSQL'}`, () => {
    let backend: Backend;
    let store: AppStore;
    let alice: { id: string; apiKey: string };
    let bob: { id: string; apiKey: string };

    beforeAll(async () => {
      backend = make();
      store = await backend.open();
      const a = await store.users.createUser({ email: ' Alice@Example.test ', role: 'admin' });
      const b = await store.users.createUser({ email: 'bob@example.test', role: 'user' });
      alice = { id: a.user.id, apiKey: a.apiKey };
      bob = { id: b.user.id, apiKey: b.apiKey };
    });
    afterAll(async () => {
      await store.close();
      await backend.close();
    });

    it('creates users once per e-mail address, authenticates their keys and pages through them', async () => {
      await expect(store.users.createUser({ email: 'ALICE@example.test', role: 'user' })).rejects.toBeInstanceOf(
        DuplicateEmailError,
      );
      expect(await store.users.countUsers()).toBe(2);
      expect((await store.users.authenticate(alice.apiKey))?.user).toMatchObject({
        id: alice.id,
        email: 'alice@example.test',
        role: 'admin',
      });
      expect(await store.users.authenticate(`${alice.apiKey.slice(0, -2)}xx`)).toBeNull();
      expect((await store.users.findByEmail('BOB@example.test'))?.id).toBe(bob.id);
      const first = await store.users.listUsers({ limit: 1 });
      expect(first.items).toHaveLength(1);
      const second = await store.users.listUsers({ limit: 1, cursor: first.nextCursor! });
      expect([...first.items, ...second.items].map((u) => u.id).sort()).toEqual([alice.id, bob.id].sort());
      expect(second.nextCursor).toBeNull();
    });

    it('refuses to revoke the last key unless forced, and a disabled user cannot sign in', async () => {
      const extra = await store.users.createApiKey(bob.id, 'laptop');
      const keys = await store.users.listApiKeys(bob.id);
      expect(keys.map((k) => k.name).sort()).toEqual(['default', 'laptop']);
      expect((await store.users.revokeApiKey(bob.id, extra.key.id))?.revokedAt).not.toBeNull();
      const last = keys.find((k) => k.name === 'default')!;
      await expect(store.users.revokeApiKey(bob.id, last.id)).rejects.toBeInstanceOf(LastApiKeyError);
      expect(await store.users.revokeApiKey(alice.id, last.id)).toBeNull(); // not Alice's key
      expect(await store.users.authenticate(extra.apiKey)).toBeNull();
      const carol = await store.users.createUser({ email: 'carol@example.test', role: 'user' });
      expect((await store.users.disableUser(carol.user.id))?.disabledAt).not.toBeNull();
      expect(await store.users.authenticate(carol.apiKey)).toBeNull();
      expect(
        (
          await store.users.revokeApiKey(carol.user.id, (await store.users.listApiKeys(carol.user.id))[0]!.id, {
            force: true,
          })
        )?.revokedAt,
      ).not.toBeNull();
    });

    it('stores a question with its pending answer, completes it with result and usage, pages the timeline', async () => {
      const { chat, greeting } = await store.chats.createChat(alice.id, 'Events', 'Hello!');
      expect(greeting).toMatchObject({ seq: 0, kind: 'greeting', text: 'Hello!' });
      expect(await store.chats.getChat(bob.id, chat.id)).toBeNull();
      const stored = await store.chats.storeQuestion({
        userId: alice.id,
        chatId: chat.id,
        text: 'Which events?',
        clientMessageId: 'm-1',
        monthlyQuota: 10,
      });
      expect(stored.answer.answer?.status).toBe('pending');
      const done = await store.chats.completeAnswer({
        answerId: stored.answer.id,
        usageId: stored.usageId,
        answer: answered(),
        latencyMs: 12.4,
        costUsd: 0.00105,
      });
      expect(done?.answer).toMatchObject({ status: 'answered', rowCount: 3, latencyMs: 12, truncated: false });
      expect(await store.chats.result(stored.answer.id)).toEqual({
        columns: ['name', 'country'],
        rows: answered().rows,
        rowCount: 3,
        truncated: false,
        params: [],
      });
      const again = await store.chats.findByClientMessageId(chat.id, 'm-1');
      expect(again?.answer?.id).toBe(stored.answer.id);
      expect(await store.chats.usageIdOf(alice.id, stored.question)).toBe(stored.usageId);
      expect(await store.chats.history(chat.id, 99)).toEqual([
        {
          question: 'Which events?',
          sql: answered().sql,
          interpretation: answered().interpretation,
          understanding: { topic: 'events' },
        },
      ]);
      expect(await store.chats.latestSeq(chat.id)).toBe(2);
      const last = await store.chats.messagesPage(chat.id, { limit: 2 });
      expect(last.messages.map((m) => m.seq)).toEqual([1, 2]);
      const earlier = await store.chats.messagesPage(chat.id, { limit: 2, cursor: last.nextCursor! });
      expect(earlier.messages.map((m) => m.seq)).toEqual([0]);
      expect(earlier.nextCursor).toBeNull();
      const month = new Date().toISOString().slice(0, 7);
      const [usage] = await store.usage.summary({ userId: alice.id, from: `${month}-01`, to: '9999-12-31' });
      expect(usage).toMatchObject({
        userId: alice.id,
        messages: 1,
        sqlRuns: 0,
        rowsReturned: 3,
        promptTokens: 1200,
        completionTokens: 300,
        estimatedCostUsd: 0.00105,
        paths: { offline: 1, llm: 0, 'offline+llm': 0 },
      });
      await store.usage.recordSqlRun(bob.id, answered(), 0.5);
      const all = await store.usage.summary({ userId: null, from: `${month}-01`, to: '9999-12-31' });
      expect(all.find((u) => u.userId === bob.id)).toMatchObject({ messages: 0, sqlRuns: 1, rowsReturned: 3 });
      expect((await store.chats.listChats(alice.id, { limit: 10 })).items.map((c) => c.id)).toEqual([chat.id]);
      expect((await store.chats.renameChat(alice.id, chat.id, 'Renamed'))?.title).toBe('Renamed');
    });

    it('stores nothing of a question whose transaction fails part-way, nor of an answer that cannot be completed', async () => {
      const { chat } = await store.chats.createChat(alice.id, 'Atomic', 'Hello!');
      const before = [await count(store, 'messages'), await count(store, 'usage_records')];
      // The usage record of an unknown user breaks the foreign key after both messages were inserted.
      await expect(
        store.chats.storeQuestion({
          userId: 'no-such-user',
          chatId: chat.id,
          text: 'Which events?',
          clientMessageId: null,
          monthlyQuota: 10,
        }),
      ).rejects.toThrow();
      expect([await count(store, 'messages'), await count(store, 'usage_records')]).toEqual(before);
      // A negative token count breaks the usage record's CHECK after the answer and its result were written.
      const stored = await store.chats.storeQuestion({
        userId: alice.id,
        chatId: chat.id,
        text: 'Which events?',
        clientMessageId: null,
        monthlyQuota: 10,
      });
      const results = await count(store, 'message_results');
      await expect(
        store.chats.completeAnswer({
          answerId: stored.answer.id,
          usageId: stored.usageId,
          answer: answered({
            usage: [{ promptTokens: -5, completionTokens: 0, provider: 'offline', model: null, estimated: true }],
          }),
          latencyMs: 1,
          costUsd: 0,
        }),
      ).rejects.toThrow();
      expect((await store.chats.messageById(stored.answer.id))?.answer?.status).toBe('pending');
      expect(await count(store, 'message_results')).toBe(results);
      expect(await store.chats.failStalePending(new Date(Date.now() + 1000).toISOString(), 'stopped')).toBe(1);
      expect((await store.chats.messageById(stored.answer.id))?.answer?.reason?.code).toBe('INTERRUPTED');

      // A repeated clientMessageId fails after the message was counted against the quota: the count
      // is rolled back with the rest (the next message still fits a quota of 2, the one after does not).
      const dave = await store.users.createUser({ email: 'dave@example.test', role: 'user' });
      const own = await store.chats.createChat(dave.user.id, 'Quota', 'Hello!');
      const send = (clientMessageId: string) =>
        store.chats.storeQuestion({
          userId: dave.user.id,
          chatId: own.chat.id,
          text: 'Which events?',
          clientMessageId,
          monthlyQuota: 2,
        });
      await send('once');
      await expect(send('once')).rejects.toThrow();
      await send('twice');
      await expect(send('thrice')).rejects.toBeInstanceOf(QuotaExceededError);
    });

    it('holds the per-minute rate limit in the database, shared by every connection (server process)', async () => {
      const other = backend.another();
      try {
        const t0 = 1_800_000_000_000;
        // A bucket of 3 that refills one slot every 20 s; two "processes" take from the same one.
        expect(await store.limits.takeRateSlot('user:x', 3, t0)).toBeNull();
        expect(await other.limits.takeRateSlot('user:x', 3, t0 + 1)).toBeNull();
        expect(await store.limits.takeRateSlot('user:x', 3, t0 + 2)).toBeNull();
        expect(await other.limits.takeRateSlot('user:x', 3, t0 + 3)).toBe(20);
        expect(await store.limits.takeRateSlot('user:y', 3, t0 + 3)).toBeNull(); // another key
        await other.limits.refundRateSlot('user:x', 3);
        expect(await store.limits.takeRateSlot('user:x', 3, t0 + 4)).toBeNull();
        expect(await store.limits.takeRateSlot('user:x', 3, t0 + 5)).not.toBeNull();
        expect(await other.limits.takeRateSlot('user:x', 3, t0 + 20_000)).toBeNull();
        // Concurrent requests from both: exactly the bucket's size gets through.
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) => (i % 2 ? store : other).limits.takeRateSlot('user:z', 5, t0)),
        );
        expect(results.filter((r) => r === null)).toHaveLength(5);
      } finally {
        await other.close();
      }
    });

    it('keeps a chat in order under concurrent sends, and the monthly quota stores nothing once used up', async () => {
      const { chat } = await store.chats.createChat(bob.id, 'Busy', 'Hello!');
      const sends = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          store.chats.storeQuestion({
            userId: bob.id,
            chatId: chat.id,
            text: `q${i}`,
            clientMessageId: `c${i}`,
            monthlyQuota: 12,
          }),
        ),
      );
      expect(sends.map((s) => s.question.seq).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 12 }, (_, i) => 1 + 2 * i),
      );
      const messages = await count(store, 'messages');
      await expect(
        store.chats.storeQuestion({
          userId: bob.id,
          chatId: chat.id,
          text: 'one more',
          clientMessageId: null,
          monthlyQuota: 12,
        }),
      ).rejects.toBeInstanceOf(QuotaExceededError);
      expect(await count(store, 'messages')).toBe(messages);
      // A clientMessageId is unique per chat: a second question with it is refused by the database.
      await expect(
        store.chats.storeQuestion({
          userId: bob.id,
          chatId: chat.id,
          text: 'dup',
          clientMessageId: 'c0',
          monthlyQuota: 99,
        }),
      ).rejects.toThrow();
      expect(await store.chats.deleteChat(alice.id, chat.id)).toBe(false);
      expect(await store.chats.deleteChat(bob.id, chat.id)).toBe(true);
      expect(await store.chats.getChat(bob.id, chat.id)).toBeNull();
    });

    it('rates answers into verified examples, lists feedback, and keeps glossary terms per owner', async () => {
      const { chat } = await store.chats.createChat(alice.id, 'Learn', 'Hello!');
      const stored = await store.chats.storeQuestion({
        userId: alice.id,
        chatId: chat.id,
        text: 'How many events?',
        clientMessageId: null,
        monthlyQuota: 99,
      });
      await store.chats.completeAnswer({
        answerId: stored.answer.id,
        usageId: stored.usageId,
        answer: answered(),
        latencyMs: 1,
        costUsd: 0,
      });
      const ratable = await store.learn.ratableAnswer(alice.id, stored.answer.id);
      expect(ratable).toMatchObject({ id: stored.answer.id, question: 'How many events?', status: 'answered' });
      expect(await store.learn.ratableAnswer(bob.id, stored.answer.id)).toBeNull();
      const up = await store.learn.rate({
        userId: alice.id,
        answer: ratable!,
        rating: 'up',
        comment: null,
        example: { generator: 'llm', request: null, sql: 'SELECT 1' },
      });
      expect(up.exampleId).not.toBeNull();
      expect((await store.learn.allExamples()).map((x) => x.question)).toEqual(['How many events?']);
      expect((await store.learn.updateExample(up.exampleId!, 'Count the events'))?.question).toBe('Count the events');
      expect((await store.learn.listExamples({ limit: 5 })).items[0]?.verifiedBy?.email).toBe('alice@example.test');
      await store.learn.rate({ userId: alice.id, answer: ratable!, rating: 'down', comment: 'wrong', example: null });
      expect(await store.learn.allExamples()).toEqual([]);
      const feedback = await store.learn.listFeedback({ limit: 5 });
      expect(feedback.items).toMatchObject([
        { messageId: stored.answer.id, comment: 'wrong', question: 'How many events?' },
      ]);
      expect((await store.chats.messageById(stored.answer.id))?.rating?.rating).toBe('down');

      const concept = { kind: 'phrase' as const, text: 'events in Asia' };
      const personal = await store.glossary.upsert({
        ownerId: bob.id,
        term: 'apac',
        termKey: 'apac',
        concept,
        createdBy: bob.id,
      });
      await store.glossary.upsert({ ownerId: null, term: 'APAC', termKey: 'apac', concept, createdBy: alice.id });
      await store.glossary.upsert({ ownerId: null, term: 'emea', termKey: 'emea', concept, createdBy: alice.id });
      const replaced = await store.glossary.upsert({
        ownerId: bob.id,
        term: 'Apac',
        termKey: 'apac',
        concept: { kind: 'phrase', text: 'Asia Pacific' },
        createdBy: bob.id,
      });
      expect(replaced.id).toBe(personal.id);
      expect((await store.glossary.list(bob.id)).map((t) => [t.scope, t.term])).toEqual([
        ['personal', 'Apac'],
        ['workspace', 'APAC'],
        ['workspace', 'emea'],
      ]);
      const page1 = await store.glossary.listPage(bob.id, { limit: 2 });
      const page2 = await store.glossary.listPage(bob.id, { limit: 2, cursor: page1.nextCursor! });
      expect([...page1.items, ...page2.items].map((t) => t.term)).toEqual(['Apac', 'APAC', 'emea']);
      expect((await store.glossary.list(alice.id)).map((t) => t.term)).toEqual(['APAC', 'emea']);
      expect((await store.glossary.owned(personal.id))?.ownerId).toBe(bob.id);
      expect(await store.glossary.remove(personal.id)).toBe(true);
      expect(await store.glossary.entriesFor(bob.id)).toHaveLength(2);
    });

    it('records stream events in order, reads them back after an id from another connection, and forgets them with the chat', async () => {
      const other = backend.another();
      try {
        const chat = (await store.chats.createChat(alice.id, 'Stream', 'Hello!')).chat;
        const { answer } = await store.chats.storeQuestion({
          userId: alice.id,
          chatId: chat.id,
          text: 'Which events?',
          clientMessageId: null,
          monthlyQuota: 100,
        });
        const first = await store.streamEvents.append(answer.id, { type: 'understood', interpretation: 'events' });
        const second = await store.streamEvents.append(answer.id, { type: 'sql', sql: 'SELECT 1' });
        expect(second.id).toBeGreaterThan(first.id);
        expect((await other.streamEvents.after(answer.id, -1)).map((e) => e.event)).toEqual([
          { type: 'understood', interpretation: 'events' },
          { type: 'sql', sql: 'SELECT 1' },
        ]);
        expect((await other.streamEvents.after(answer.id, first.id)).map((e) => e.id)).toEqual([second.id]);
        await store.streamEvents.clear(answer.id);
        expect(await other.streamEvents.after(answer.id, -1)).toEqual([]);
        await store.streamEvents.append(answer.id, { type: 'rows', rowCount: 1 });
        expect(await store.chats.deleteChat(alice.id, chat.id)).toBe(true);
        expect(await store.streamEvents.after(answer.id, -1)).toEqual([]);
      } finally {
        await other.close();
      }
    });

    it('marks interrupted only the pending answers of owners named dead, and lets one process claim an answer to redo', async () => {
      const other = backend.another();
      try {
        const chat = (await store.chats.createChat(alice.id, 'Owners', 'Hello!')).chat;
        const ask = (ownerId: string | null, clientMessageId: string) =>
          store.chats.storeQuestion({
            userId: alice.id,
            chatId: chat.id,
            text: 'Which events?',
            clientMessageId,
            monthlyQuota: 100,
            ownerId,
          });
        const live = await ask('owner-live', 'o1');
        const dead = await ask('owner-dead', 'o2');
        await store.leases.renew({ ownerId: 'owner-live', expiresAtMs: Date.now() + 60_000, host: 'h', pid: 1 }, 'x');
        expect(await other.leases.get('owner-live')).toMatchObject({ ownerId: 'owner-live', host: 'h', pid: 1 });
        expect((await other.leases.ownersOfPending()).map((o) => [o.ownerId, o.lease?.ownerId ?? null]).sort()).toEqual(
          [
            ['owner-dead', null],
            ['owner-live', 'owner-live'],
          ],
        );
        expect(await other.chats.failOrphanedPending(['owner-dead'], new Date(0).toISOString(), 'stopped')).toBe(1);
        expect((await store.chats.messageById(dead.answer.id))?.answer?.reason?.code).toBe('INTERRUPTED');
        expect((await store.chats.messageById(live.answer.id))?.answer?.status).toBe('pending');
        // Two processes redo the interrupted answer at once: one claim wins, and it is pending again.
        const claims = await Promise.all([
          store.chats.claimAnswer(dead.answer.id, 'p1', 'owner-dead'),
          other.chats.claimAnswer(dead.answer.id, 'p2', 'owner-dead'),
        ]);
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await store.chats.answerOwner(dead.answer.id)).toBe(claims[0] ? 'p1' : 'p2');
        expect((await store.chats.messageById(dead.answer.id))?.answer?.status).toBe('pending');
        await store.leases.release('owner-live');
        expect(await store.leases.get('owner-live')).toBeNull();
      } finally {
        await other.close();
      }
    });
  });
}
