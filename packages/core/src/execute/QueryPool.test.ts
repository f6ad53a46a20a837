import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTimeout } from '../errors/QueryTimeout';
import { SqlExecutionError } from '../errors/SqlExecutionError';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { QueryPool } from './QueryPool';

const RUNAWAY = 'SELECT count(*) FROM people a, people b, companies c';

describe('QueryPool', () => {
  let data: TestDatabase;
  let pool: QueryPool;
  beforeAll(async () => {
    data = createTestDatabase({ people: 3000, companies: 500 });
    pool = new QueryPool({ dbFile: data.file, timeoutMs: 800, rowCap: 50, size: 2 });
    await pool.ready();
  });
  afterAll(async () => {
    await pool.close();
    data.cleanup();
  });

  it('returns columns and rows with bound parameters', async () => {
    const result = await pool.run('SELECT name, country FROM events WHERE country = ? ORDER BY id', ['Singapore']);
    expect(result.columns).toEqual(['name', 'country']);
    expect(result.rows).toEqual([
      ['Asia Energy Summit', 'Singapore'],
      ['Food Asia Expo', 'Singapore'],
    ]);
    expect(result.truncated).toBe(false);
  });

  it('stops a runaway cross join (people x people x companies) with a typed TIMEOUT', async () => {
    const error = await pool.run(RUNAWAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeout);
    expect((error as QueryTimeout).code).toBe('TIMEOUT');
    // The pool keeps working afterwards (the killed process was replaced).
    const after = await pool.run('SELECT count(*) FROM events');
    expect(after.rows).toEqual([[4]]);
  });

  it('demotes a long-running query to the lowest CPU priority while it runs', async () => {
    const runaway = pool.run(RUNAWAY).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 500));
    // Nice values of this process's children (the pool's query processes).
    const nice = execFileSync('ps', ['-o', 'ni=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map(Number);
    expect(nice).toContain(19);
    expect(await runaway).toBeInstanceOf(QueryTimeout);
  });

  it('a runaway query does not block other queries', async () => {
    const runaway = pool.run(RUNAWAY).catch((e: unknown) => e);
    const quick = await pool.run('SELECT count(*) FROM people');
    expect(quick.rows).toEqual([[3000]]);
    expect(await runaway).toBeInstanceOf(QueryTimeout);
  });

  it('cuts the result at the row cap and says so', async () => {
    const result = await pool.run('SELECT a.id, b.id FROM people a, people b');
    expect(result.rowCount).toBe(50);
    expect(result.rows).toHaveLength(50);
    expect(result.truncated).toBe(true);
    const exact = await pool.run('SELECT id FROM people LIMIT 50');
    expect(exact.truncated).toBe(false);
  });

  it.skipIf(process.platform !== 'linux')(
    'caps the memory of a query process (a huge group_concat fails cleanly)',
    async () => {
      const small = new QueryPool({
        dbFile: data.file,
        timeoutMs: 20_000,
        memoryLimitBytes: 96 * 1024 * 1024,
        size: 1,
      });
      try {
        const error = await small
          .run('SELECT length(group_concat(a.full_name || b.full_name)) FROM people a, people b')
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(SqlExecutionError);
        expect(String((error as Error).message)).toMatch(/memory/i);
        expect((await small.run('SELECT count(*) FROM events')).rows).toEqual([[4]]);
      } finally {
        await small.close();
      }
    },
  );

  it('reports SQL errors as SqlExecutionError', async () => {
    await expect(pool.run('SELECT nope FROM events')).rejects.toBeInstanceOf(SqlExecutionError);
  });

  it('an aborted signal stops the query', async () => {
    const controller = new AbortController();
    const running = pool.run(RUNAWAY, [], { signal: controller.signal, timeoutMs: 30_000 });
    setTimeout(() => controller.abort(new Error('user cancelled')), 100);
    await expect(running).rejects.toThrow('user cancelled');
  });
});
