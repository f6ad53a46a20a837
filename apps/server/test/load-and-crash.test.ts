/**
 * Durability under load and crashes: 50 concurrent clients (through the SDK; one in five through
 * `chat.stream` over SSE) each send a stream of messages with a client message id while the real
 * server process is SIGKILLed at random moments and restarted on the same database. Clients retry
 * every unacknowledged send with the same id. Afterwards the database must hold every acknowledged
 * message with its answer, each retried message once, pass `PRAGMA integrity_check`, and keep
 * every chat's timeline in order.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type CreatedUser,
  createUserWithCli,
  freePort,
  prepareDatabase,
  seededRandom,
  ServerProcess,
  sleep,
  testSeed,
  tmpDir,
} from '@musaeid/testkit';

import { auditDatabase } from './support/audit';
import { clientFactory, isTransportFailure, trpcErrorCode, type ApiClient } from './support/client';
import { createUsers } from './support/fixtures';
import { LOAD_QUESTIONS } from './support/questions';
import { subscribeFirst } from './support/trpcHttp';

const CLIENTS = 50;
const MESSAGES_PER_CLIENT = 8;
const KILLS = 3;
/** Every STREAMING_EVERY-th client sends through `chat.stream` (SSE) instead of `chat.send`. */
const STREAMING_EVERY = 5;
/** Each client gives up (and the test fails) if one message cannot be acknowledged in this time. */
const PER_MESSAGE_DEADLINE_MS = 90_000;

interface Ack {
  clientMessageId: string;
  chatId: string;
  userMessageId: string;
  assistantMessageId: string;
  status: string | null;
  attempts: number;
}

interface Counters {
  sent: number;
  acknowledged: number;
  retried: number;
  attempts: number;
  transportFailures: number;
  serverErrors: { code: string; message: string }[];
  chatsCreated: number;
  streamed: number;
}

interface Exchange {
  userMessage: { id: string };
  assistantMessage: { id: string; answer: { status: string } | null };
}

/**
 * `chat.stream` over SSE until its final `stored` event. A stream cut by a crash (or ending without
 * `stored`) is a transport failure: the caller retries with the same client message id.
 */
async function streamedSend(
  baseUrl: string,
  apiKey: string,
  input: { chatId: string; text: string; clientMessageId: string },
): Promise<Exchange> {
  let outcome;
  try {
    outcome = await subscribeFirst({
      baseUrl,
      path: 'chat.stream',
      type: 'subscription',
      input,
      apiKey,
      timeoutMs: 60_000,
    });
  } catch (error) {
    throw Object.assign(new Error(`stream: ${(error as Error).message}`), { transport: true });
  }
  if (!outcome.ok)
    throw Object.assign(new Error(`stream: ${outcome.code} ${outcome.message}`), { streamCode: outcome.code });
  const stored = (outcome.data as { type: string; exchange?: Exchange }[]).find((e) => e.type === 'stored');
  if (!stored?.exchange)
    throw Object.assign(new Error('stream ended without its stored exchange'), { transport: true });
  return stored.exchange;
}

describe('load and crash', () => {
  const tmp = tmpDir('crash');
  const db = path.join(tmp.dir, 'crash.db');
  let server: ServerProcess;
  let users: CreatedUser[] = [];
  let dataSource = 'demo';

  beforeAll(async () => {
    dataSource = await prepareDatabase(db, { data: 'real', people: 300 });
    // One account through the CLI as an operator would (`users create --json`), the rest directly.
    users = [
      await createUserWithCli(db, 'load0@example.test'),
      ...(await createUsers(
        db,
        [1, 2, 3, 4].map((i) => ({ email: `load${i}@example.test` })),
      )),
    ];
    server = new ServerProcess({ db, port: await freePort() });
    await server.start();
  });

  afterAll(async () => {
    await server?.stop('SIGKILL');
    tmp.cleanup();
  });

  it(`keeps every acknowledged message through ${KILLS} SIGKILLs under ${CLIENTS} concurrent clients`, async () => {
    const seed = testSeed();
    const random = seededRandom(seed);
    const { create, via } = await clientFactory();
    const counters: Counters = {
      sent: 0,
      acknowledged: 0,
      retried: 0,
      attempts: 0,
      transportFailures: 0,
      serverErrors: [],
      chatsCreated: 0,
      streamed: 0,
    };
    const acks: Ack[] = [];
    const chatsAcked: string[] = [];
    const total = CLIENTS * MESSAGES_PER_CLIENT;

    // Kill points: random acknowledgement counts spread over the run, plus a random delay, so that
    // every kill lands while dozens of requests are in flight.
    const killAt = Array.from({ length: KILLS }, (_, i) =>
      Math.floor(((i + 0.2 + random() * 0.6) / (KILLS + 0.5)) * total),
    );
    let kills = 0;
    let clientsDone = 0;
    let serverDown = false;
    let lastReadyAt = 0;

    /** Retries `call` on transport failures (server down) until it answers; server errors are recorded and retried too. */
    async function untilAcknowledged<T>(
      label: string,
      call: () => Promise<T>,
    ): Promise<{ value: T; attempts: number }> {
      const firstAttemptAt = Date.now();
      for (let attempt = 1; ; attempt += 1) {
        counters.attempts += 1;
        try {
          return { value: await call(), attempts: attempt };
        } catch (error) {
          const streamCode = (error as { streamCode?: unknown }).streamCode;
          const transport =
            (error as { transport?: boolean }).transport === true ||
            (typeof streamCode !== 'string' && isTransportFailure(error));
          if (transport) counters.transportFailures += 1;
          else {
            const code = typeof streamCode === 'string' ? streamCode : (trpcErrorCode(error) ?? '?');
            counters.serverErrors.push({ code, message: `${label}: ${(error as Error).message}` });
          }
          // The deadline counts only time the server has been up: a restart under a loaded CI machine (the server
          // loads WordNet and the data again) once took most of the 90 s, and the message then failed for the
          // machine's load, not the product's. Up for 90 s without an acknowledgement is still a failure.
          if (!serverDown && Date.now() > Math.max(firstAttemptAt, lastReadyAt) + PER_MESSAGE_DEADLINE_MS)
            throw new Error(`${label}: not acknowledged after ${attempt} attempts: ${(error as Error).message}`);
          await sleep(100 + Math.floor(random() * 300));
        }
      }
    }

    async function runClient(index: number, client: ApiClient): Promise<void> {
      const created = await untilAcknowledged(`client ${index} chat.create`, () => client.chat.create.mutate({}));
      const chatId = created.value.chat.id;
      chatsAcked.push(chatId);
      counters.chatsCreated += 1;
      for (let m = 0; m < MESSAGES_PER_CLIENT; m += 1) {
        const clientMessageId = `load-${index}-${m}-${randomUUID()}`;
        const text = LOAD_QUESTIONS[(index + m) % LOAD_QUESTIONS.length] as string;
        counters.sent += 1;
        const streaming = index % STREAMING_EVERY === 0;
        if (streaming) counters.streamed += 1;
        const { value, attempts } = await untilAcknowledged(`client ${index} message ${m}`, () =>
          streaming
            ? streamedSend(server.url, apiKeyOf(index), { chatId, text, clientMessageId })
            : client.chat.send.mutate({ chatId, text, clientMessageId }),
        );
        counters.acknowledged += 1;
        if (attempts > 1) counters.retried += 1;
        acks.push({
          clientMessageId,
          chatId,
          userMessageId: value.userMessage.id,
          assistantMessageId: value.assistantMessage.id,
          status: value.assistantMessage.answer?.status ?? null,
          attempts,
        });
      }
      clientsDone += 1;
    }

    async function killer(): Promise<void> {
      while (kills < KILLS && clientsDone < CLIENTS) {
        const next = killAt[kills] as number;
        if (counters.acknowledged < next) {
          await sleep(5);
          continue;
        }
        await sleep(Math.floor(random() * 40));
        serverDown = true;
        await server.crash();
        kills += 1;
        await sleep(Math.floor(random() * 300));
        await server.start();
        lastReadyAt = Date.now();
        serverDown = false;
      }
    }

    const apiKeyOf = (i: number): string => (users[i % users.length] as CreatedUser).apiKey;
    const clients = Array.from({ length: CLIENTS }, (_, i) => create({ url: server.url, apiKey: apiKeyOf(i) }));
    const started = Date.now();
    await Promise.all([killer(), ...clients.map((client, i) => runClient(i, client))]);
    const elapsedMs = Date.now() - started;
    await server.stop('SIGTERM');

    const audit = auditDatabase(db);
    const lostMessages = acks.filter((ack) => {
      const stored = audit.byClientId.get(ack.clientMessageId);
      return (
        stored === undefined ||
        stored.chatId !== ack.chatId ||
        stored.questionId !== ack.userMessageId ||
        stored.answerId !== ack.assistantMessageId
      );
    });
    const retriedStoredOnce = acks
      .filter((a) => a.attempts > 1)
      .every((a) => !audit.duplicateClientIds.some((d) => d.clientMessageId === a.clientMessageId));
    const report = {
      seed,
      client: via,
      data: dataSource,
      clients: CLIENTS,
      kills,
      serverStarts: server.starts,
      elapsedMs,
      sent: counters.sent,
      sentByStream: counters.streamed,
      acknowledged: counters.acknowledged,
      retried: counters.retried,
      attempts: counters.attempts,
      transportFailures: counters.transportFailures,
      serverErrors: counters.serverErrors.length,
      lost: lostMessages.length,
      answeredStatuses: Object.fromEntries(
        ['answered', 'refused', 'failed'].map((s) => [s, acks.filter((a) => a.status === s).length]),
      ),
      storedQuestions: audit.questions,
      storedAnswers: audit.answers,
      chats: audit.chats,
      integrity: audit.integrity,
    };
    console.log(`load-and-crash: ${JSON.stringify(report)}`);

    expect(kills).toBe(KILLS);
    expect(counters.acknowledged).toBe(total);
    expect(lostMessages, 'acknowledged messages missing or different in the database').toEqual([]);
    expect(report.lost).toBe(0);
    expect(counters.serverErrors, 'typed server errors during the run (a restart must not surface errors)').toEqual([]);
    expect(audit.integrity).toBe('ok');
    expect(audit.foreignKeyViolations).toBe(0);
    expect(audit.duplicateClientIds).toEqual([]);
    expect(retriedStoredOnce).toBe(true);
    expect(audit.unanswered, 'questions without an outcome').toEqual([]);
    expect(audit.pending, 'answers left pending').toEqual([]);
    expect(audit.misplacedAnswers).toEqual([]);
    expect(audit.outOfOrderChats).toEqual([]);
    for (const chatId of chatsAcked) expect(audit.chatIds.has(chatId)).toBe(true);
    // Each acknowledged message appears exactly once: as many stored questions with our ids as were sent.
    expect(acks.filter((a) => audit.byClientId.has(a.clientMessageId)).length).toBe(total);
  }, 240_000);
});
