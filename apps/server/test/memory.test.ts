/**
 * The server keeps nothing per message: after a warm-up, 800 more `chat.send` calls (with result
 * sets of hundreds of rows) leave the live JS heap, measured after a full GC, where it was. A
 * request that leaves a timer, listener or cache entry holding its answer shows here long before
 * it shows as resident memory in production. (The server runs in this process, started with
 * `startServer` as `musaeid serve` does, so its heap can be measured exactly.)
 */
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type CreatedUser, prepareDatabase, tmpDir } from '@musaeid/testkit';

import { createUsers } from './support/fixtures';
import { startInProcessServer, type InProcessServer } from './support/inProcessServer';
import { callProcedure } from './support/trpcHttp';

const WARM_UP = 200;
const MEASURED = 800;
const CONCURRENCY = 10;
/** Live heap growth allowed over the measured messages (caches that fill once, V8's own bookkeeping). */
const MAX_HEAP_GROWTH_BYTES = 24 * 2 ** 20;
/** Questions with large answers (many rows), so that a retained answer is visible. */
const QUESTIONS = [
  'List all companies',
  'List all people',
  'List all events',
  'How many events are there?',
  'Show me people in sales',
];

function liveHeap(): number {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('memory per message', () => {
  const tmp = tmpDir('memory');
  const db = path.join(tmp.dir, 'memory.db');
  let server: InProcessServer;
  let user: CreatedUser;
  const chatIds: string[] = [];

  beforeAll(async () => {
    await prepareDatabase(db, { data: 'real', people: 1000 });
    [user] = (await createUsers(db, [{ email: 'memory@example.test' }])) as [CreatedUser];
    server = await startInProcessServer({ db });
    for (let i = 0; i < 50; i += 1) {
      const created = await callProcedure({
        baseUrl: server.url,
        path: 'chat.create',
        type: 'mutation',
        input: {},
        apiKey: user.apiKey,
      });
      if (!created.ok) throw new Error(created.message);
      chatIds.push((created.data as { chatId: string }).chatId);
    }
  });

  afterAll(async () => {
    await server?.close();
    tmp.cleanup();
  });

  async function send(count: number): Promise<{ rows: number; failures: string[] }> {
    let next = 0;
    let rows = 0;
    const failures: string[] = [];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < count) {
          const i = next++;
          const outcome = await callProcedure({
            baseUrl: server.url,
            path: 'chat.send',
            type: 'mutation',
            input: { chatId: chatIds[i % chatIds.length], text: QUESTIONS[i % QUESTIONS.length] },
            apiKey: user.apiKey,
          });
          if (!outcome.ok) failures.push(`${outcome.code}: ${outcome.message}`);
          else
            rows +=
              (outcome.data as { assistantMessage: { answer: { rowCount: number } | null } }).assistantMessage.answer
                ?.rowCount ?? 0;
        }
      }),
    );
    return { rows, failures };
  }

  it(`keeps the live heap flat over ${MEASURED} messages`, async () => {
    const warm = await send(WARM_UP);
    expect(warm.failures.slice(0, 3)).toEqual([]);
    const before = liveHeap();
    const measured = await send(MEASURED);
    expect(measured.failures.slice(0, 3)).toEqual([]);
    const after = liveHeap();
    const mb = (n: number): number => Math.round((n / 2 ** 20) * 10) / 10;
    console.log(
      `memory: ${MEASURED} messages (${measured.rows} result rows in all): live heap ${mb(before)} MB -> ${mb(after)} MB ` +
        `(${mb(after - before)} MB, ${Math.round((after - before) / MEASURED)} bytes per message)`,
    );
    expect(after - before, 'live heap growth over the measured messages').toBeLessThan(MAX_HEAP_GROWTH_BYTES);
    // A leak check, not a speed check: 1,000 messages take ~20 s on an idle machine and over 180 s on a loaded one.
  }, 600_000);
});
