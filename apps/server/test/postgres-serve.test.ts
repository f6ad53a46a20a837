/**
 * The whole server on PostgreSQL: two `musaeid serve` processes started with MUSAEID_DATABASE_URL
 * on one throwaway cluster (data and app tables in the same database, no SQLite file anywhere),
 * driven over real HTTP on 127.0.0.1 with the SDK client. They share one rate limit and one set of
 * chats: what one process stored, the other serves; a killed process's pending answers are marked
 * interrupted (by its restart, or by its neighbour once it is gone), never a live one's. Skipped (saying why) where PostgreSQL cannot
 * start; required under CI=true.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { seedDemoDatabase } from '@musaeid/db';
import { freePort, runCli, ServerProcess, sleep, tmpDir, tryStartPgCluster } from '@musaeid/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AppStore } from '../src/store/AppStore';
import { PostgresClient } from '../src/store/PostgresClient';
import { clientFactory, trpcErrorCode, type ApiClient } from './support/client';

const RATE_LIMIT = 4;
const attempt = await tryStartPgCluster();

describe.skipIf(!attempt.cluster)('serve on PostgreSQL (two processes, one database)', () => {
  const cluster = attempt.cluster!;
  const tmp = tmpDir('pg-serve');
  /** Given to --db: serve must not create it when it runs on PostgreSQL. */
  const sqliteFile = path.join(tmp.dir, 'never-created.db');
  const servers: ServerProcess[] = [];
  let url = '';
  let clients: ApiClient[] = [];
  /** Another user's clients (their own rate limit), one per process. */
  let otherClients: ApiClient[] = [];

  const count = async (sql: string, params: unknown[] = []): Promise<number> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>(sql, params)).rows[0]?.n);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    url = await cluster.createDatabase('serve');
    await seedDemoDatabase({ db: '', databaseUrl: url, people: 200, seed: 7, today: '2026-01-15' });
    const createUser = async (email: string): Promise<string> => {
      const created = await runCli(['users', 'create', '--email', email, '--database-url', url, '--json']);
      expect(created.code, created.stderr).toBe(0);
      return (JSON.parse(created.stdout.trim().split('\n').at(-1)!) as { apiKey: string }).apiKey;
    };
    const apiKey = await createUser('pg@example.test');
    const otherKey = await createUser('other@example.test');
    for (let i = 0; i < 2; i += 1)
      servers.push(
        new ServerProcess({
          db: sqliteFile,
          port: await freePort(),
          env: { MUSAEID_DATABASE_URL: url, MUSAEID_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) },
        }),
      );
    await Promise.all(servers.map((s) => s.start()));
    const { create } = await clientFactory();
    clients = servers.map((s) => create({ url: s.url, apiKey }));
    otherClients = servers.map((s) => create({ url: s.url, apiKey: otherKey }));
  }, 300_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await cluster.stop();
    tmp.cleanup();
  });

  it('creates a chat on one process, answers a question, and the other serves its timeline and usage', async () => {
    const [first, second] = clients as [ApiClient, ApiClient];
    const { chatId } = await first.chat.create.mutate({ title: 'On PostgreSQL' });
    const sent = await first.chat.send.mutate({ chatId, text: 'How many events are there?', clientMessageId: 'pg-1' });
    expect(sent.assistantMessage.answer?.status).toBe('answered');
    expect(sent.assistantMessage.answer?.rowCount).toBe(1);

    const timeline = await second.chat.get.query({ chatId });
    expect(timeline.messages.map((m) => m.kind)).toEqual(['greeting', 'question', 'answer']);
    expect(timeline.messages[2]?.id).toBe(sent.assistantMessage.id);
    expect(timeline.messages[2]?.answer?.sql).toBe(sent.assistantMessage.answer?.sql);
    const usage = await second.usage.summary.query({});
    expect(usage.users).toMatchObject([{ email: 'pg@example.test', messages: 1 }]);

    expect(await count('SELECT count(*) AS n FROM "messages" WHERE "chat_id" = $1', [chatId])).toBe(3);
    expect(await count(`SELECT count(*) AS n FROM "usage_records" WHERE "chat_id" = $1`, [chatId])).toBe(1);
    expect(existsSync(sqliteFile)).toBe(false);
  });

  it('holds one rate limit across both processes: a user limited on one is limited on the other', async () => {
    const { chatId } = await (clients[0] as ApiClient).chat.create.mutate({});
    // Alternate processes until one refuses (the bucket of RATE_LIMIT, less the send above, plus
    // whatever refilled meanwhile: one slot per 60/RATE_LIMIT s).
    const send = async (client: ApiClient): Promise<string | null> => {
      try {
        await client.chat.send.mutate({ chatId, text: 'How many events are there?' });
        return null;
      } catch (error) {
        return trpcErrorCode(error);
      }
    };
    let sent = 0;
    let refusedBy = -1;
    for (let i = 0; refusedBy < 0 && i < 3 * RATE_LIMIT; i += 1) {
      const code = await send(clients[i % 2] as ApiClient);
      if (code === null) sent += 1;
      else {
        expect(code).toBe('TOO_MANY_REQUESTS');
        refusedBy = i % 2;
      }
    }
    expect(refusedBy).toBeGreaterThanOrEqual(0);
    expect(sent).toBeGreaterThanOrEqual(RATE_LIMIT - 1);
    expect(sent).toBeLessThanOrEqual(RATE_LIMIT + 1);
    // The other process, asked right away, refuses too: it reads the same limit.
    expect(await send(clients[1 - refusedBy] as ApiClient)).toBe('TOO_MANY_REQUESTS');
    // Limited on both processes, by the same row.
    expect(await count('SELECT count(*) AS n FROM "rate_limits"')).toBe(1);
  });

  it('stores a clientMessageId once when both processes receive it at the same time, and both return that exchange', async () => {
    const [first, second] = otherClients as [ApiClient, ApiClient];
    const { chatId } = await first.chat.create.mutate({});
    const send = (client: ApiClient) =>
      client.chat.send.mutate({ chatId, text: 'How many events are there?', clientMessageId: 'both-1' });
    const [a, b] = await Promise.all([send(first), send(second)]);
    expect(a.userMessage.id).toBe(b.userMessage.id);
    expect(a.assistantMessage.id).toBe(b.assistantMessage.id);
    expect([a.assistantMessage.answer?.status, b.assistantMessage.answer?.status]).toEqual(['answered', 'answered']);
    // A retry later, on either process, returns the same stored pair.
    const again = await second.chat.send.mutate({
      chatId,
      text: 'How many events are there?',
      clientMessageId: 'both-1',
    });
    expect(again.assistantMessage.id).toBe(a.assistantMessage.id);
    expect(await count('SELECT count(*) AS n FROM "messages" WHERE "chat_id" = $1', [chatId])).toBe(3);
    expect(await count('SELECT count(*) AS n FROM "usage_records" WHERE "chat_id" = $1', [chatId])).toBe(1);
  });

  it("marks interrupted only the answers of a killed process, never its live neighbour's, and redoes them on retry", async () => {
    const [first, second] = servers as [ServerProcess, ServerProcess];
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const store = new AppStore(PostgresClient.connect(url, { max: 1 }));
    try {
      const ownerOf = async (server: ServerProcess): Promise<string> => {
        const { rows } = await client.query<{ owner_id: string }>('SELECT owner_id FROM server_leases WHERE pid = $1', [
          server.pid,
        ]);
        expect(rows, `the lease of pid ${server.pid}`).toHaveLength(1);
        return rows[0]!.owner_id;
      };
      const statusOf = async (answerId: string): Promise<string> => {
        const { rows } = await client.query<{ status: string; reason_code: string | null }>(
          'SELECT status, reason_code FROM messages WHERE id = $1',
          [answerId],
        );
        return [rows[0]?.status, rows[0]?.reason_code].filter(Boolean).join(' ');
      };
      const { user, apiKey } = await store.users.createUser({ email: 'recovery@example.test', role: 'user' });
      const { chat } = await store.chats.createChat(user.id, 'Recovery', 'Hello!');
      // Each process is computing an answer (as far as the database can tell): its own owner id on a pending answer.
      const pendingOf = async (server: ServerProcess, clientMessageId: string) =>
        (
          await store.chats.storeQuestion({
            userId: user.id,
            chatId: chat.id,
            text: 'How many events are there?',
            clientMessageId,
            monthlyQuota: 100,
            ownerId: await ownerOf(server),
          })
        ).answer.id;
      const ofFirst = await pendingOf(first, 'recover-1');
      const ofSecond = await pendingOf(second, 'recover-2');

      // The first process is killed and started again: its start-up recovery marks its old answer, not its neighbour's.
      await first.crash();
      await first.start();
      expect(await statusOf(ofFirst)).toBe('failed INTERRUPTED');
      expect(await statusOf(ofSecond)).toBe('pending');

      // The second is killed and never comes back: the first marks its answer at its next lease renewal.
      await second.crash();
      const deadline = Date.now() + 20_000;
      while ((await statusOf(ofSecond)) === 'pending' && Date.now() < deadline) await sleep(200);
      expect(await statusOf(ofSecond)).toBe('failed INTERRUPTED');

      // A retry with the same clientMessageId redoes each interrupted answer, in place.
      const { create } = await clientFactory();
      const api = create({ url: first.url, apiKey });
      for (const [clientMessageId, answerId] of [
        ['recover-1', ofFirst],
        ['recover-2', ofSecond],
      ] as const) {
        const retried = await api.chat.send.mutate({
          chatId: chat.id,
          text: 'How many events are there?',
          clientMessageId,
        });
        expect(retried.assistantMessage.id).toBe(answerId);
        expect(retried.assistantMessage.answer?.status).toBe('answered');
      }
      expect(await count('SELECT count(*) AS n FROM "messages" WHERE "chat_id" = $1', [chat.id])).toBe(5);
    } finally {
      await store.close();
      await client.end();
    }
  }, 300_000);
});
