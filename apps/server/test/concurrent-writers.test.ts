/**
 * Concurrent writers on one SQLite file: three server processes (plus CLI processes creating users)
 * write to the same database (WAL, busy timeout) through the server's own write path, including
 * several processes appending to the SAME chat at once. No SQLITE_BUSY ("database is locked")
 * or any other error may reach a user; the file stays intact and no message is lost or doubled.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type CreatedUser, freePort, prepareDatabase, runCli, ServerProcess, tmpDir } from '@musaeid/testkit';

import { auditDatabase } from './support/audit';
import { clientFactory, trpcErrorCode, type ApiClient } from './support/client';
import { createUser } from './support/fixtures';
import { LOAD_QUESTIONS } from './support/questions';

const SERVERS = 3;
const CLIENTS_PER_SERVER = 6;
const MESSAGES_PER_CLIENT = 4;
/** Clients (one per server, several rounds) that all append to one shared chat at the same time. */
const SHARED_CHAT_SENDERS = 6;
const CLI_WRITERS = 3;

describe('concurrent writers on one SQLite file', () => {
  const tmp = tmpDir('writers');
  const db = path.join(tmp.dir, 'writers.db');
  const servers: ServerProcess[] = [];
  let users: CreatedUser[] = [];

  beforeAll(async () => {
    await prepareDatabase(db, { data: 'demo', people: 200 });
    users = await Promise.all([0, 1, 2].map((i) => createUser(db, `writer${i}@example.test`)));
    for (let i = 0; i < SERVERS; i += 1) servers.push(new ServerProcess({ db, port: await freePort() }));
    await Promise.all(servers.map((s) => s.start()));
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop('SIGKILL')));
    tmp.cleanup();
  });

  it('lets no SQLITE_BUSY (or any error) reach a user, and keeps every message once', async () => {
    const { create, via } = await clientFactory();
    const errors: { who: string; code: string | null; message: string }[] = [];
    const acked: { clientMessageId: string; chatId: string; userMessageId: string }[] = [];
    let calls = 0;
    const clientFor = (serverIndex: number, userIndex: number): ApiClient =>
      create({ url: (servers[serverIndex] as ServerProcess).url, apiKey: (users[userIndex] as CreatedUser).apiKey });

    const attempt = async <T>(who: string, call: () => Promise<T>): Promise<T | null> => {
      calls += 1;
      try {
        return await call();
      } catch (error) {
        errors.push({ who, code: trpcErrorCode(error), message: (error as Error).message });
        return null;
      }
    };

    // Per-user clients whose consecutive messages go to different server processes.
    async function roamingClient(index: number): Promise<void> {
      const userIndex = index % users.length;
      const clients = Array.from({ length: SERVERS }, (_, s) => clientFor(s, userIndex));
      const home = clients[index % SERVERS] as ApiClient;
      const created = await attempt(`client ${index} create`, () =>
        home.chat.create.mutate({ title: `writer ${index}` }),
      );
      if (created === null) return;
      for (let m = 0; m < MESSAGES_PER_CLIENT; m += 1) {
        const via = clients[(index + m) % SERVERS] as ApiClient;
        const clientMessageId = `w-${index}-${m}-${randomUUID()}`;
        const sent = await attempt(`client ${index} send ${m}`, () =>
          via.chat.send.mutate({
            chatId: created.chatId,
            text: LOAD_QUESTIONS[(index + m) % LOAD_QUESTIONS.length],
            clientMessageId,
          }),
        );
        if (sent !== null) acked.push({ clientMessageId, chatId: created.chatId, userMessageId: sent.userMessage.id });
      }
      await attempt(`client ${index} rename`, () =>
        home.chat.rename.mutate({ chatId: created.chatId, title: `renamed ${index}` }),
      );
      await attempt(`client ${index} keys.create`, () => home.keys.create.mutate({ name: `k${index}` }));
    }

    // One chat, appended to by every server process at the same moment.
    const owner = clientFor(0, 0);
    const shared = await owner.chat.create.mutate({ title: 'shared' });
    async function sharedSender(index: number): Promise<void> {
      const client = clientFor(index % SERVERS, 0);
      for (let m = 0; m < 3; m += 1) {
        const clientMessageId = `s-${index}-${m}-${randomUUID()}`;
        const sent = await attempt(`shared ${index} send ${m}`, () =>
          client.chat.send.mutate({ chatId: shared.chatId, text: LOAD_QUESTIONS[m], clientMessageId }),
        );
        if (sent !== null) acked.push({ clientMessageId, chatId: shared.chatId, userMessageId: sent.userMessage.id });
      }
    }

    const cliWriters = Array.from({ length: CLI_WRITERS }, async (_, i) => {
      const result = await runCli(['users', 'create', '--email', `cli-writer-${i}@example.test`, '--db', db, '--json']);
      if (result.code !== 0)
        errors.push({ who: `cli users create ${i}`, code: null, message: result.stderr.slice(0, 500) });
    });

    await Promise.all([
      ...Array.from({ length: SERVERS * CLIENTS_PER_SERVER }, (_, i) => roamingClient(i)),
      ...Array.from({ length: SHARED_CHAT_SENDERS }, (_, i) => sharedSender(i)),
      ...cliWriters,
    ]);
    await Promise.all(servers.map((s) => s.stop('SIGTERM')));

    const busy = errors.filter((e) => /SQLITE_BUSY|SQLITE_LOCKED|database is (locked|busy)/i.test(e.message));
    const audit = auditDatabase(db);
    const missing = acked.filter((a) => audit.byClientId.get(a.clientMessageId)?.questionId !== a.userMessageId);
    console.log(
      `concurrent-writers: ${JSON.stringify({
        client: via,
        servers: SERVERS,
        clients: SERVERS * CLIENTS_PER_SERVER + SHARED_CHAT_SENDERS,
        cliWriters: CLI_WRITERS,
        calls,
        acknowledgedMessages: acked.length,
        errors: errors.length,
        errorsByCode: errors.reduce<Record<string, number>>(
          (acc, e) => ({ ...acc, [e.code ?? 'network']: (acc[e.code ?? 'network'] ?? 0) + 1 }),
          {},
        ),
        firstError: errors[0]?.message.slice(0, 200) ?? null,
        busyErrors: busy.length,
        missing: missing.length,
        integrity: audit.integrity,
      })}`,
    );
    expect(busy, 'SQLITE_BUSY reached a user').toEqual([]);
    expect(errors.slice(0, 10), `${errors.length} calls failed`).toEqual([]);
    expect(missing).toEqual([]);
    expect(audit.integrity).toBe('ok');
    expect(audit.foreignKeyViolations).toBe(0);
    expect(audit.duplicateClientIds).toEqual([]);
    expect(audit.unanswered).toEqual([]);
    expect(audit.pending).toEqual([]);
    expect(audit.misplacedAnswers).toEqual([]);
    // Chats with one writer at a time keep strict question/answer order (the shared one interleaves by design).
    expect(audit.outOfOrderChats.filter((id) => id !== shared.chatId)).toEqual([]);
    const after = await runCli(['users', 'create', '--email', 'after@example.test', '--db', db, '--json']);
    expect(after.code).toBe(0);
  }, 180_000);
});
