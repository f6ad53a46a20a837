/**
 * Large results page at the source, on both backends: an answer carries its first page and the exact total (or
 * "at least" the count limit), further pages are read on demand through the guard and the read-only walls, and the
 * pages concatenated are the whole result. Real parts: a SQLite file and a throwaway PostgreSQL cluster holding
 * the same generated data (PostgreSQL skipped, and said so, where a cluster cannot start).
 */
import path from 'node:path';

import { generateDemoData, ingestCsvFolder, ingestCsvFolderToPostgres, migratePostgres } from '@musaeid/db';
import { makeTmp, removeTmp, tryStartPgCluster } from '@musaeid/testkit';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GuardRejection } from '../errors/GuardRejection';
import { PageRequestError } from '../errors/PageRequestError';
import type { SqlGenerator } from '../generate/SqlGenerator';
import { Engine } from './Engine';

/** Every person, in a total order: the statement the pages are checked against. */
const PEOPLE_SQL = 'SELECT id, full_name FROM people WHERE id > ? ORDER BY id';

/** Answers every question with {@link PEOPLE_SQL}: paging is under test here, not understanding. */
const everyone: SqlGenerator = {
  name: 'scripted',
  generate: () =>
    Promise.resolve({ kind: 'sql', sql: PEOPLE_SQL, params: [0], interpretation: 'all people', understanding: null }),
};

const dir = makeTmp('paging');
const csv = path.join(dir, 'csv');
const dbFile = path.join(dir, 'data.db');
const attempt = await tryStartPgCluster();
if (!attempt.cluster) console.warn(`PostgreSQL paging tests skipped: ${attempt.reason}`);

beforeAll(async () => {
  await generateDemoData({ outDir: csv, seed: 7, people: 700, today: '2026-01-15' });
  await ingestCsvFolder({ from: csv, db: dbFile });
});
afterAll(async () => {
  await attempt.cluster?.stop();
  removeTmp(dir);
});

interface Opened {
  engine: Engine;
  direct: (sql: string) => Promise<unknown[][]>;
  close: () => Promise<void>;
}

interface Backend {
  name: string;
  available: boolean;
  /** An engine on the backend, counting up to 2,000 rows unless told (`countLimit: undefined`: its default). */
  open(paging?: { countLimit: number | undefined }): Promise<Opened>;
}

const PAGING = { rowCap: 120, pageSize: 50 };
let postgresUrl: Promise<string> | undefined;

const backends: Backend[] = [
  {
    name: 'SQLite',
    available: true,
    open: async ({ countLimit } = { countLimit: 2000 }) => {
      const engine = await Engine.create({ dbFile, generator: everyone, ...PAGING, countLimit });
      const db = new Database(dbFile, { readonly: true });
      return {
        engine,
        direct: (sql) => Promise.resolve(db.prepare(sql).raw(true).all() as unknown[][]),
        close: async () => {
          db.close();
          await engine.close();
        },
      };
    },
  },
  {
    name: 'PostgreSQL',
    available: attempt.cluster !== undefined,
    open: async ({ countLimit } = { countLimit: 2000 }) => {
      postgresUrl ??= (async () => {
        const url = await attempt.cluster!.createDatabase('paging');
        await migratePostgres(url);
        await ingestCsvFolderToPostgres({ from: csv, databaseUrl: url });
        return url;
      })();
      const url = await postgresUrl;
      const engine = await Engine.create({ databaseUrl: url, generator: everyone, ...PAGING, countLimit });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return {
        engine,
        direct: async (sql) => (await client.query({ text: sql, rowMode: 'array' })).rows as unknown[][],
        close: async () => {
          await client.end();
          await engine.close();
        },
      };
    },
  },
];

describe.each(backends)('paging on $name', (backend) => {
  let engine: Engine;
  let opened: Opened | undefined;
  let all: unknown[][];
  beforeAll(async () => {
    if (!backend.available) return;
    opened = await backend.open();
    engine = opened.engine;
    all = await opened.direct('SELECT id, full_name FROM people WHERE id > 0 ORDER BY id');
    expect(all.length).toBeGreaterThan(500);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it.skipIf(!backend.available)('answers with the first page and the exact total', async () => {
    const answer = await engine.ask('everyone');
    expect(answer.status).toBe('answered');
    expect(answer.rows).toEqual(all.slice(0, 50));
    expect(answer.rowCount).toBe(all.length);
    expect(answer.rowCountExact).toBe(true);
    expect(answer.truncated).toBe(true);
    expect(answer.text).toContain(`Found ${all.length.toLocaleString('en-US')} results`);
  });

  it.skipIf(!backend.available)(
    'reads the other pages on demand: concatenated, they are the whole result',
    async () => {
      const answer = await engine.ask('everyone');
      const rows = [...answer.rows];
      let offset: number | null = answer.rows.length;
      while (offset !== null) {
        const page = await engine.page(answer, { offset, limit: 37 });
        expect(page.offset).toBe(offset);
        expect(page.columns).toEqual(['id', 'full_name']);
        rows.push(...page.rows);
        offset = page.nextOffset;
      }
      expect(rows).toEqual(all);
      const streamed: unknown[][] = [];
      for await (const batch of engine.allRows(answer)) {
        expect(batch.length).toBeLessThanOrEqual(120);
        streamed.push(...batch);
      }
      expect(streamed).toEqual(all);
    },
  );

  it.skipIf(!backend.available)('gives an empty last page and an empty page past the end', async () => {
    const answer = await engine.ask('everyone');
    const last = await engine.page(answer, { offset: all.length - 3, limit: 10 });
    expect(last.rows).toEqual(all.slice(-3));
    expect(last.nextOffset).toBeNull();
    const beyond = await engine.page(answer, { offset: all.length + 100 });
    expect(beyond).toEqual({ columns: ['id', 'full_name'], rows: [], offset: all.length + 100, nextOffset: null });
  });

  it.skipIf(!backend.available)('says "at least" when counting would pass the count limit', async () => {
    const answer = await engine.runSql('SELECT a.id, b.id AS other FROM people a, people b');
    expect(answer.reason).toBeNull();
    expect(answer.rows).toHaveLength(50);
    expect(answer.rowCount).toBe(2000);
    expect(answer.rowCountExact).toBe(false);
    expect(answer.text).toContain('Found at least 2,000 results');
  });

  it.skipIf(!backend.available)('counts a result exactly on demand where the first page said "at least"', async () => {
    const answer = await engine.runSql('SELECT a.id, b.id AS other FROM people a, people b WHERE a.id <= 60');
    expect(answer.rowCountExact).toBe(false);
    expect(answer.rowCount).toBe(2000);
    const [[people]] = (await opened!.direct('SELECT count(*) FROM people')) as [[number | string]];
    expect(await engine.total(answer)).toEqual({ rowCount: 60 * Number(people) });
    // The same checks as a page: a forged statement is the guard's, an answer without a result has nothing to count.
    await expect(engine.total({ sql: 'SELECT * FROM users', params: [] })).rejects.toBeInstanceOf(GuardRejection);
    await expect(engine.total({ sql: null, params: [] })).rejects.toMatchObject({ reason: 'noResult' });
  });

  it.skipIf(!backend.available)(
    'counts, by default, as far as its backend does cheaply: SQLite far past the page, PostgreSQL one row past it',
    async () => {
      const defaults = await backend.open({ countLimit: undefined });
      try {
        const answer = await defaults.engine.ask('everyone');
        expect(answer.rows).toEqual(all.slice(0, 50));
        if (backend.name === 'SQLite') expect([answer.rowCount, answer.rowCountExact]).toEqual([all.length, true]);
        else expect([answer.rowCount, answer.rowCountExact]).toEqual([51, false]);
        expect(answer.truncated).toBe(true);
        expect(await defaults.engine.total(answer)).toEqual({ rowCount: all.length });
      } finally {
        await defaults.close();
      }
    },
  );

  it.skipIf(!backend.available)(
    'reads the pages of a result sorted by a column: NULLs last, ties in one order, concatenated the whole result',
    async () => {
      // Many ties (five buckets) and NULLs: the pages hold together only if ties keep one order between pages.
      const answer = await engine.runSql(
        'SELECT id, CASE WHEN id % 7 = 0 THEN NULL ELSE id % 5 END AS bucket FROM people WHERE id > 0',
      );
      expect(answer.reason).toBeNull();
      const ids = all.map((row) => Number(row[0]));
      const bucket = (id: number): number | null => (id % 7 === 0 ? null : id % 5);
      for (const direction of ['asc', 'desc'] as const) {
        const expected = [...ids]
          .sort((a, b) => {
            const [x, y] = [bucket(a), bucket(b)];
            if (x !== y) {
              if (x === null) return 1;
              if (y === null) return -1;
              return direction === 'asc' ? x - y : y - x;
            }
            return a - b;
          })
          .map((id) => [id, bucket(id)]);
        const rows: unknown[][] = [];
        let offset: number | null = 0;
        while (offset !== null) {
          const page = await engine.page(answer, { offset, limit: 37, sort: { column: 'bucket', direction } });
          expect(page.columns).toEqual(['id', 'bucket']);
          rows.push(...page.rows);
          offset = page.nextOffset;
        }
        expect(rows.map(([id, b]) => [Number(id), b === null ? null : Number(b)])).toEqual(expected);
      }
      // Text sorts by the database's order (binary here on both: the test cluster's locale is C).
      const byName = await engine.page(await engine.ask('everyone'), {
        offset: 100,
        limit: 20,
        sort: { column: 'full_name', direction: 'desc' },
      });
      const names = all.map((row) => String(row[1])).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
      expect(byName.rows.map((row) => row[1])).toEqual(names.slice(100, 120));
    },
  );

  it.skipIf(!backend.available)(
    'refuses a sort by a column the result does not have, or without its columns',
    async () => {
      const answer = await engine.ask('everyone');
      const unknown = engine.page(answer, { offset: 0, sort: { column: 'name; DROP TABLE people', direction: 'asc' } });
      await expect(unknown).rejects.toBeInstanceOf(PageRequestError);
      await expect(unknown).rejects.toMatchObject({ reason: 'sort', message: expect.stringContaining('"full_name"') });
      const blind = engine.page(
        { sql: answer.sql, params: answer.params },
        { offset: 0, sort: { column: 'id', direction: 'asc' } },
      );
      await expect(blind).rejects.toMatchObject({ reason: 'sort' });
    },
  );

  it.skipIf(!backend.available)('refuses forged and stale page requests with typed errors', async () => {
    const answer = await engine.ask('everyone');
    // A statement that did not come from an answer is checked by the guard like any other.
    await expect(engine.page({ sql: 'DELETE FROM people', params: [] }, { offset: 0 })).rejects.toBeInstanceOf(
      GuardRejection,
    );
    await expect(engine.page({ sql: 'SELECT * FROM users', params: [] }, { offset: 0 })).rejects.toBeInstanceOf(
      GuardRejection,
    );
    // The result was shown with other columns than its statement now returns.
    const stale = engine.page({ ...answer, columns: ['id', 'name'] }, { offset: 50 });
    await expect(stale).rejects.toBeInstanceOf(PageRequestError);
    await expect(stale).rejects.toMatchObject({ reason: 'stale' });
    for (const window of [{ offset: -1 }, { offset: 1.5 }, { offset: 0, limit: 0 }, { offset: 0, limit: 121 }])
      await expect(engine.page(answer, window)).rejects.toMatchObject({ reason: 'window' });
  });
});
