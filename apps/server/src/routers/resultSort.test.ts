/**
 * `chat.result` with a sort, through the router onto the real engine on both backends: the server orders the
 * answer's statement by the column in the database and pages it (NULLs last, ties in one order), so a sorted page
 * is read without the client loading the whole result; a column the result lacks is a BAD_REQUEST naming the
 * result's columns. Real parts: a generated SQLite file and a throwaway PostgreSQL cluster holding the same data
 * (PostgreSQL skipped, and said so, where a cluster cannot start).
 */
import path from 'node:path';

import { Engine, type SqlGenerator } from '@musaeid/core';
import { seedDemoDatabase } from '@musaeid/db';
import { makeTmp, removeTmp, tryStartPgCluster } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expectTrpcError } from '../testing/expectTrpcError';
import { createTestApp, type TestApp } from '../testing/testApp';

/** Five buckets and some NULLs: many ties, which must keep one order from page to page. */
const BUCKETS_SQL = 'SELECT id, CASE WHEN id % 7 = 0 THEN NULL ELSE id % 5 END AS bucket FROM people WHERE id > ?';
const bucket = (id: number): number | null => (id % 7 === 0 ? null : id % 5);

/** Answers every question with {@link BUCKETS_SQL}: sorting is under test here, not understanding. */
const buckets: SqlGenerator = {
  name: 'scripted',
  generate: () =>
    Promise.resolve({
      kind: 'sql',
      sql: BUCKETS_SQL,
      params: [0],
      interpretation: 'people by bucket',
      understanding: null,
    }),
};

const PEOPLE = 300;
const tmp = makeTmp('result-sort');
const attempt = await tryStartPgCluster();
if (!attempt.cluster) console.warn(`PostgreSQL sorted-result tests skipped: ${attempt.reason}`);
afterAll(async () => {
  await attempt.cluster?.stop();
  removeTmp(tmp);
});

const backends = [
  {
    name: 'SQLite',
    available: true,
    location: async () => {
      const dbFile = path.join(tmp, 'data.db');
      await seedDemoDatabase({ db: dbFile, people: PEOPLE, seed: 5, today: '2026-01-15' });
      return { dbFile };
    },
  },
  {
    name: 'PostgreSQL',
    available: attempt.cluster !== undefined,
    location: async () => {
      const databaseUrl = await attempt.cluster!.createDatabase('sorted');
      await seedDemoDatabase({ db: '', databaseUrl, people: PEOPLE, seed: 5, today: '2026-01-15' });
      return { databaseUrl };
    },
  },
];

describe.each(backends)('chat.result sorted on $name', (backend) => {
  let app: TestApp | undefined;
  let engine: Engine | undefined;
  let messageId = '';
  const ids: number[] = [];

  beforeAll(async () => {
    if (!backend.available) return;
    engine = await Engine.create({ ...(await backend.location()), generator: buckets, pageSize: 40 });
    app = await createTestApp({ engine });
    const alice = await app.caller(app.alice);
    const { chatId } = await alice.chat.create({});
    const sent = await alice.chat.send({ chatId, text: 'everyone by bucket' });
    expect(sent.assistantMessage.answer?.status).toBe('answered');
    messageId = sent.assistantMessage.id;
    for await (const rows of engine.allRows({ sql: 'SELECT id FROM people ORDER BY id', params: [] }))
      ids.push(...rows.map((row) => Number(row[0])));
    expect(ids.length).toBeGreaterThan(200);
  }, 120_000);
  afterAll(async () => {
    app?.cleanup();
    await engine?.close();
  });

  const expected = (direction: 'asc' | 'desc') =>
    [...ids]
      .sort((a, b) => {
        const [x, y] = [bucket(a), bucket(b)];
        if (x === y) return a - b; // ties: the other columns, ascending
        if (x === null) return 1; // NULLs last in both directions
        if (y === null) return -1;
        return direction === 'asc' ? x - y : y - x;
      })
      .map((id) => [id, bucket(id)]);
  const numbers = (rows: unknown[][]) => rows.map(([id, b]) => [Number(id), b === null ? null : Number(b)]);

  it.skipIf(!backend.available)('reads a sorted page from the middle, and says how it was sorted', async () => {
    const alice = await app!.caller(app!.alice);
    const page = await alice.chat.result({
      messageId,
      offset: 100,
      limit: 50,
      sortColumn: 'bucket',
      sortDirection: 'desc',
    });
    expect(page.columns).toEqual(['id', 'bucket']);
    expect(page.sort).toEqual({ column: 'bucket', direction: 'desc' });
    expect(page.offset).toBe(100);
    expect(page.nextOffset).toBe(150);
    expect(numbers(page.rows)).toEqual(expected('desc').slice(100, 150));
    // Without a sort, the answer's own order (its first page stored with the message).
    const plain = await alice.chat.result({ messageId, limit: 10 });
    expect(plain.sort).toBeNull();
    expect(plain.rows.map((row) => Number(row[0]))).toEqual(ids.slice(0, 10));
  });

  it.skipIf(!backend.available)(
    'pages a sorted result: concatenated, the sorted pages are the whole result',
    async () => {
      const alice = await app!.caller(app!.alice);
      const rows: unknown[][] = [];
      let offset: number | null = 0;
      while (offset !== null) {
        const page = await alice.chat.result({ messageId, offset, limit: 64, sortColumn: 'bucket' });
        rows.push(...page.rows);
        offset = page.nextOffset;
      }
      expect(numbers(rows)).toEqual(expected('asc'));
    },
  );

  it.skipIf(!backend.available)(
    'refuses a column the result lacks (BAD_REQUEST), and keeps results private',
    async () => {
      const alice = await app!.caller(app!.alice);
      const unknown = await expectTrpcError(alice.chat.result({ messageId, sortColumn: 'full_name' }), 'BAD_REQUEST');
      expect(unknown.message).toBe(`cannot sort by "full_name": the result's columns are "id", "bucket"`);
      await expectTrpcError(alice.chat.result({ messageId, sortColumn: '' }), 'BAD_REQUEST', 'sortColumn');
      const bob = await app!.caller(app!.bob);
      await expectTrpcError(bob.chat.result({ messageId, sortColumn: 'bucket' }), 'NOT_FOUND');
    },
  );
});
