/**
 * Several servers on one PostgreSQL database behind a real load balancer: three `musaeid serve`
 * processes (MUSAEID_DATABASE_URL on one throwaway cluster) behind haproxy on 127.0.0.1 (round
 * robin, health checks), 50 SDK clients posting messages with client message ids through it (one in
 * five through `askStream`), while one server is SIGKILLed twice mid-load and started again each
 * time. Afterwards every acknowledged message is stored exactly once with its answer, nothing is left
 * pending, the rate limit held in the database limits a user on every process, and a stream cut after
 * its first event resumes through haproxy on another process with the events it missed. Skipped
 * (saying why) where PostgreSQL or haproxy cannot be started; required under CI=true.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { seedDemoDatabase } from '@musaeid/db';
import { freePort, seededRandom, ServerProcess, sleep, testSeed, tmpDir, tryStartPgCluster } from '@musaeid/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AppStore } from '../src/store/AppStore';
import { PostgresClient } from '../src/store/PostgresClient';
import { clientFactory, isTransportFailure, trpcErrorCode, type ApiClient } from './support/client';
import { HAPROXY_BIN, startHaproxy, type Haproxy } from './support/haproxy';
import { LOAD_QUESTIONS } from './support/questions';

const SERVERS = 3;
const CLIENTS = 50;
const MESSAGES_PER_CLIENT = 6;
const KILLS = 2;
/** Every STREAMING_EVERY-th client sends through `askStream` (SSE) instead of `chat.send`. */
const STREAMING_EVERY = 5;
/** Per user and minute: above what one load client sends (with its retries), low enough to reach in the check. */
const RATE_LIMIT = 15;
const PER_MESSAGE_DEADLINE_MS = 90_000;

interface Exchange {
  userMessage: { id: string };
  assistantMessage: { id: string; chatId: string; answer: { status: string } | null };
}
interface StreamEventLike {
  type: string;
  eventId: string;
  exchange?: Exchange;
}
/** The SDK client's parts this test uses beyond the procedures. */
type SdkClient = ApiClient & {
  askStream(text: string, options?: { chatId?: string; clientMessageId?: string }): AsyncIterable<StreamEventLike>;
};
type CreateSdkClient = (opts: { url: string; apiKey: string; fetch?: typeof fetch }) => SdkClient;

const attempt = await tryStartPgCluster();
const noHaproxy = existsSync(HAPROXY_BIN)
  ? null
  : `haproxy is not installed (${HAPROXY_BIN}; apt-get install -y haproxy)`;
if (noHaproxy !== null) {
  if (process.env.CI === 'true') throw new Error(noHaproxy);
  console.warn(`several-servers test skipped: ${noHaproxy}`);
}

describe.skipIf(!attempt.cluster || noHaproxy !== null)('several servers on PostgreSQL behind haproxy', () => {
  const cluster = attempt.cluster!;
  const tmp = tmpDir('several');
  const servers: ServerProcess[] = [];
  let haproxy: Haproxy;
  let url = '';
  let db: pg.Pool;
  let keys: { load: string[]; limited: string; streamer: string };
  let create: CreateSdkClient;
  let via = '';

  const query = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await db.query<T>(sql, params)).rows;

  beforeAll(async () => {
    url = await cluster.createDatabase('several');
    await seedDemoDatabase({ db: '', databaseUrl: url, people: 200, seed: 7, today: '2026-01-15' });
    db = new pg.Pool({ connectionString: url, max: 2 });
    // Users straight through the server's own store (one CLI start-up per user would take minutes).
    const store = new AppStore(PostgresClient.connect(url, { max: 1 }));
    try {
      const make = async (email: string) => (await store.users.createUser({ email, role: 'user' })).apiKey;
      const load: string[] = [];
      for (let i = 0; i < CLIENTS; i += 1) load.push(await make(`load${i}@example.test`));
      keys = { load, limited: await make('limited@example.test'), streamer: await make('streamer@example.test') };
    } finally {
      await store.close();
    }
    for (let i = 0; i < SERVERS; i += 1)
      servers.push(
        new ServerProcess({
          db: path.join(tmp.dir, 'unused.db'),
          port: await freePort(),
          env: { MUSAEID_DATABASE_URL: url, MUSAEID_RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT) },
        }),
      );
    await Promise.all(servers.map((s) => s.start()));
    haproxy = await startHaproxy(
      tmp.dir,
      servers.map((s) => Number(new URL(s.url).port)),
    );
    const factory = await clientFactory();
    via = factory.via;
    create = factory.create as CreateSdkClient;
  }, 300_000);

  afterAll(async () => {
    await haproxy?.stop();
    await Promise.all(servers.map((s) => s.stop('SIGKILL')));
    await db?.end();
    await cluster.stop();
    tmp.cleanup();
  });

  it(`stores every acknowledged message once through ${KILLS} SIGKILLs of one server under ${CLIENTS} SDK clients`, async () => {
    expect(via).toMatch(/^@musaeid\/sdk/);
    const seed = testSeed();
    const random = seededRandom(seed);
    const total = CLIENTS * MESSAGES_PER_CLIENT;
    const acks: { clientMessageId: string; chatId: string; questionId: string; answerId: string; attempts: number }[] =
      [];
    const serverErrors: string[] = [];
    const brokenStreams: string[] = [];
    let transportFailures = 0;
    let resumedStreams = 0;
    let clientsDone = 0;

    async function untilAcknowledged<T>(
      label: string,
      call: () => Promise<T>,
    ): Promise<{ value: T; attempts: number }> {
      const deadline = Date.now() + PER_MESSAGE_DEADLINE_MS;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return { value: await call(), attempts: attempt };
        } catch (error) {
          if (isTransportFailure(error)) transportFailures += 1;
          else serverErrors.push(`${label}: ${trpcErrorCode(error)} ${(error as Error).message}`);
          if (Date.now() > deadline)
            throw new Error(`${label}: not acknowledged after ${attempt} attempts: ${String(error)}`);
          await sleep(100 + Math.floor(random() * 300));
        }
      }
    }

    /** Counts stream requests that resume (carry a lastEventId): a stream cut by a kill, continued elsewhere. */
    const countingResumes: typeof fetch = (input, init) => {
      const target = input instanceof Request ? input.url : String(input);
      if (target.includes('/trpc/chat.stream') && decodeURIComponent(target).includes('"lastEventId"'))
        resumedStreams += 1;
      return fetch(input, init);
    };

    async function streamed(
      client: SdkClient,
      chatId: string,
      text: string,
      clientMessageId: string,
    ): Promise<Exchange> {
      const events: StreamEventLike[] = [];
      for await (const event of client.askStream(text, { chatId, clientMessageId })) events.push(event);
      const ids = events.map((e) => e.eventId);
      if (new Set(ids).size !== ids.length) brokenStreams.push(`${clientMessageId}: an event twice: ${ids.join(' ')}`);
      const stored = events.at(-1);
      if (stored?.type !== 'stored' || !stored.exchange) throw new Error(`${clientMessageId}: no stored event`);
      return stored.exchange;
    }

    async function runClient(index: number): Promise<void> {
      const streaming = index % STREAMING_EVERY === 0;
      const client = create({
        url: haproxy.url,
        apiKey: keys.load[index] as string,
        ...(streaming ? { fetch: countingResumes } : {}),
      });
      const chat = await untilAcknowledged(`client ${index} chat.create`, () => client.chat.create.mutate({}));
      const chatId = chat.value.chatId;
      for (let m = 0; m < MESSAGES_PER_CLIENT; m += 1) {
        // Halfway, until the first kill's restart is done: the second kill then lands mid-load too.
        if (m === MESSAGES_PER_CLIENT / 2) await firstRestart;
        const clientMessageId = `ha-${index}-${m}-${randomUUID()}`;
        const text = LOAD_QUESTIONS[(index + m) % LOAD_QUESTIONS.length] as string;
        const { value, attempts } = await untilAcknowledged(`client ${index} message ${m}`, () =>
          streaming
            ? streamed(client, chatId, text, clientMessageId)
            : (client.chat.send.mutate({ chatId, text, clientMessageId }) as Promise<Exchange>),
        );
        acks.push({
          clientMessageId,
          chatId,
          questionId: value.userMessage.id,
          answerId: value.assistantMessage.id,
          attempts,
        });
      }
      clientsDone += 1;
    }

    const victim = servers[1] as ServerProcess;
    let kills = 0;
    let restarted = (): void => undefined;
    const firstRestart = new Promise<void>((resolve) => {
      restarted = resolve;
    });
    async function killer(): Promise<void> {
      try {
        // Kill points: a fifth of the way in, and once the load is past the halfway barrier again.
        for (const at of [total / 5, (total * 3) / 5]) {
          while (acks.length < at && clientsDone < CLIENTS) await sleep(5);
          await sleep(Math.floor(random() * 100));
          await victim.crash();
          kills += 1;
          await sleep(200 + Math.floor(random() * 300));
          await victim.start();
          restarted();
        }
      } finally {
        restarted();
      }
    }

    const started = Date.now();
    await Promise.all([killer(), ...Array.from({ length: CLIENTS }, (_, i) => runClient(i))]);
    const elapsedMs = Date.now() - started;

    // Answers a killed process left pending get an outcome (a retry redid them, or recovery marked them).
    const pendingDeadline = Date.now() + 30_000;
    let pending = -1;
    while (pending !== 0 && Date.now() < pendingDeadline) {
      pending = Number(
        (await query<{ n: string }>(`SELECT count(*) AS n FROM messages WHERE status = 'pending'`))[0]?.n,
      );
      if (pending !== 0) await sleep(250);
    }

    const stored = await query<{ client_message_id: string; chat_id: string; id: string; answer_id: string | null }>(
      `SELECT q.client_message_id, q.chat_id, q.id, a.id AS answer_id
         FROM messages q LEFT JOIN messages a ON a.reply_to_id = q.id
         WHERE q.client_message_id LIKE 'ha-%'`,
    );
    const byClientId = new Map<string, (typeof stored)[number][]>();
    for (const row of stored)
      byClientId.set(row.client_message_id, [...(byClientId.get(row.client_message_id) ?? []), row]);
    const notStoredOnce = acks.filter((ack) => {
      const rows = byClientId.get(ack.clientMessageId) ?? [];
      const row = rows[0];
      return (
        rows.length !== 1 || row?.chat_id !== ack.chatId || row.id !== ack.questionId || row.answer_id !== ack.answerId
      );
    });
    const report = {
      seed,
      client: via,
      servers: SERVERS,
      clients: CLIENTS,
      kills,
      victimStarts: victim.starts,
      elapsedMs,
      acknowledged: acks.length,
      retried: acks.filter((a) => a.attempts > 1).length,
      transportFailures,
      resumedStreams,
      serverErrors: serverErrors.length,
      storedQuestions: stored.length,
      pending,
      interrupted: Number(
        (await query<{ n: string }>(`SELECT count(*) AS n FROM messages WHERE reason_code = 'INTERRUPTED'`))[0]?.n,
      ),
    };
    console.log(`several-servers: ${JSON.stringify(report)}`);

    expect(kills).toBe(KILLS);
    expect(acks).toHaveLength(total);
    expect(notStoredOnce, 'acknowledged messages missing, doubled or different in the database').toEqual([]);
    expect(stored).toHaveLength(total);
    expect(serverErrors, 'typed server errors during the run (a kill must not surface errors)').toEqual([]);
    expect(brokenStreams).toEqual([]);
    expect(pending, 'answers left pending').toBe(0);
  }, 300_000);

  it('holds one rate limit across the processes: a user limited through haproxy is limited on every server', async () => {
    const client = create({ url: haproxy.url, apiKey: keys.limited });
    const { chatId } = await client.chat.create.mutate({});
    const send = async (target: ApiClient): Promise<string | null> => {
      try {
        await target.chat.send.mutate({ chatId, text: 'How many events are there?' });
        return null;
      } catch (error) {
        return trpcErrorCode(error) ?? 'TRANSPORT';
      }
    };
    let sent = 0;
    let refused: string | null = null;
    for (let i = 0; refused === null && i < 3 * RATE_LIMIT; i += 1) {
      refused = await send(client);
      if (refused === null) sent += 1;
    }
    expect(refused).toBe('TOO_MANY_REQUESTS');
    // The bucket (RATE_LIMIT at once), plus what refilled meanwhile (one slot per 60/RATE_LIMIT s).
    expect(sent).toBeGreaterThanOrEqual(RATE_LIMIT);
    expect(sent).toBeLessThanOrEqual(RATE_LIMIT + 3);
    // Every process, asked directly right away, refuses too: they read one row.
    for (const server of servers)
      expect(await send(create({ url: server.url, apiKey: keys.limited }))).toBe('TOO_MANY_REQUESTS');
    const rows = await query<{ n: string }>(
      `SELECT count(*) AS n FROM rate_limits r JOIN api_keys k ON r.key = 'user:' || k.user_id
         JOIN users u ON u.id = k.user_id WHERE u.email = 'limited@example.test'`,
    );
    expect(Number(rows[0]?.n)).toBe(1);
  });

  it('resumes a stream cut after its first event on another process, with every event it missed, once', async () => {
    const servedBy: string[] = [];
    const streamUrls: string[] = [];
    // The first event stream breaks right after its first event, as when its server dies.
    const cutting: typeof fetch = async (input, init) => {
      const target = input instanceof Request ? input.url : String(input);
      const res = await fetch(input, init);
      if (!target.includes('/trpc/chat.stream')) return res;
      streamUrls.push(decodeURIComponent(target));
      servedBy.push(res.headers.get('x-served-by') ?? '?');
      if (streamUrls.length > 1 || !res.body) return res;
      const reader = res.body.getReader();
      let seen = '';
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const { done, value } = await reader.read();
          if (done) return controller.close();
          const before = seen.length;
          seen += new TextDecoder().decode(value);
          const first = seen.indexOf('"eventId"');
          const end = first < 0 ? -1 : seen.indexOf('\n\n', first);
          if (end < 0) return controller.enqueue(value);
          controller.enqueue(new TextEncoder().encode(seen.slice(before, end + 2)));
          await reader.cancel();
          controller.error(new Error('connection cut'));
        },
      });
      return new Response(body, { status: res.status, headers: res.headers });
    };
    const client = create({ url: haproxy.url, apiKey: keys.streamer, fetch: cutting });
    const { chatId } = await client.chat.create.mutate({});
    const events: StreamEventLike[] = [];
    for await (const event of client.askStream('How many events are there?', { chatId, clientMessageId: 'resume-1' }))
      events.push(event);

    expect(streamUrls).toHaveLength(2);
    expect(streamUrls[1]).toContain(`"lastEventId":"${events[0]?.eventId}"`);
    // Round robin: the resume went to another process than the one that was cut.
    expect(servedBy[0]).not.toBe(servedBy[1]);
    const stored = events.at(-1);
    expect(stored?.type).toBe('stored');
    const answerId = stored?.exchange?.assistantMessage.id ?? '';
    // Exactly the recorded events of the answer, in order, none twice.
    const recorded = await query<{ id: number }>('SELECT id FROM stream_events WHERE answer_id = $1 ORDER BY id', [
      answerId,
    ]);
    expect(events.map((e) => e.eventId)).toEqual(recorded.map((r) => `${answerId}:${r.id}`));
    expect(events.map((e) => e.type)).toEqual(['understood', 'sql', 'rows', 'answer', 'stored']);
    const questions = await query<{ n: string }>(
      `SELECT count(*) AS n FROM messages WHERE chat_id = $1 AND kind = 'question'`,
      [chatId],
    );
    expect(Number(questions[0]?.n)).toBe(1);
  });
});
