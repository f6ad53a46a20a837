import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryTimeout } from '../errors/QueryTimeout';
import { SqlExecutionError } from '../errors/SqlExecutionError';
import { TooManyStatements } from '../errors/TooManyStatements';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { QueryPool } from './QueryPool';

const RUNAWAY = 'SELECT count(*) FROM people a, people b, companies c';

describe('QueryPool', () => {
  let data: TestDatabase;
  let pool: QueryPool;
  beforeAll(async () => {
    data = createTestDatabase({ people: 3000, companies: 500 });
    // 1.5 s: long enough for a replaced process to start on a loaded 2-core machine.
    pool = new QueryPool({ dbFile: data.file, timeoutMs: 1500, rowCap: 50, size: 2 });
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

  it("pages a statement in its own order (not the table's), counting past the page without shipping those rows", async () => {
    // Descending by a column with ties broken by id: an order no index or rowid gives, so a stage of the page's
    // wrapping that reordered rows would show here.
    const sql = 'SELECT company_id, id, full_name FROM people WHERE id > ? ORDER BY company_id DESC, id';
    const whole = await pool.run(`${sql} LIMIT 50`, [100]);
    const pages: unknown[][] = [];
    for (let offset = 0; offset < 50; offset += 7) {
      const page = await pool.page(sql, [100], { offset, limit: Math.min(7, 50 - offset), countUpTo: 40 });
      expect(page.columns).toEqual(whole.columns);
      expect(page.rows.every((row) => row.length === whole.columns.length)).toBe(true);
      // 40 rows counted from the offset at most: the result (2,900 rows) holds more
      expect(page).toMatchObject({ counted: 40, exhausted: false });
      pages.push(...page.rows);
    }
    expect(pages).toEqual(whole.rows);
    // the end of a result: the rows left after the offset, all counted
    const tail = (await pool.run(sql, [2990])).rows;
    const last = await pool.page(sql, [2990], { offset: 5, limit: 7, countUpTo: 40 });
    expect(last).toMatchObject({ rows: tail.slice(5), counted: tail.length - 5, exhausted: true });
    const none = await pool.page(sql, [1_000_000], { offset: 0, limit: 7, countUpTo: 40 });
    expect(none).toMatchObject({ columns: whole.columns, rows: [], counted: 0, exhausted: true });
  });

  it('stops a runaway cross join (people x people x companies) with a typed TIMEOUT', async () => {
    const error = await pool.run(RUNAWAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryTimeout);
    expect((error as QueryTimeout).code).toBe('TIMEOUT');
    // The pool keeps working afterwards (the killed process was replaced).
    const after = await pool.run('SELECT count(*) FROM events');
    expect(after.rows).toEqual([[4]]);
  });

  it('an overdue statement keeps its process and priority while no other statement waits for the lane', async () => {
    const alone = new QueryPool({ dbFile: data.file, timeoutMs: 60_000, size: 1, slowAfterMs: 50 });
    const controller = new AbortController();
    try {
      await alone.ready();
      const [pid] = alone.pids;
      const runaway = alone.run(RUNAWAY, [], { signal: controller.signal }).catch((e: unknown) => e);
      // Many times the 50 ms after which it is overdue: it would have been demoted and replaced by now.
      await new Promise((r) => setTimeout(r, 1000));
      expect(alone.pids).toEqual([pid]);
      expect(niceOf(alone.pids)).toEqual([0]);
      controller.abort(new Error('stopped by the test'));
      expect(await runaway).toMatchObject({ message: 'stopped by the test' });
    } finally {
      controller.abort();
      await alone.close();
    }
  });

  it('demotes an overdue statement to the lowest CPU priority once another statement needs its lane process', async () => {
    const alone = new QueryPool({ dbFile: data.file, timeoutMs: 60_000, size: 1, slowAfterMs: 50 });
    const controller = new AbortController();
    try {
      await alone.ready();
      const [pid] = alone.pids;
      const runaway = alone.run(RUNAWAY, [], { signal: controller.signal }).catch((e: unknown) => e);
      // Answered by the fresh process that took the overdue one's place, while the runaway still runs.
      expect((await alone.run('SELECT count(*) FROM events')).rows).toEqual([[4]]);
      expect(alone.pids).toHaveLength(2);
      expect(niceOf(pid === undefined ? [] : [pid])).toEqual([19]);
      controller.abort(new Error('stopped by the test'));
      expect(await runaway).toMatchObject({ message: 'stopped by the test' });
    } finally {
      controller.abort();
      await alone.close();
    }
  });

  it('a runaway query does not block other queries', async () => {
    // Processes replaced after the previous test's runaway may still be starting on a loaded machine.
    await pool.ready();
    const runaway = pool.run(RUNAWAY).catch((e: unknown) => e);
    const quick = await pool.run('SELECT count(*) FROM people');
    expect(quick.rows).toEqual([[3000]]);
    expect(await runaway).toBeInstanceOf(QueryTimeout);
  });

  it('cuts the result at the row cap and says so', async () => {
    // Processes replaced after the previous test's runaway may still be starting on a loaded machine.
    await pool.ready();
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
      // On a CI machine busy with other test files the statement gets little CPU, so the time limit is far
      // beyond what reaching the cap needs.
      const small = new QueryPool({
        dbFile: data.file,
        timeoutMs: 150_000,
        memoryLimitBytes: 96 * 1024 * 1024,
        size: 1,
      });
      try {
        const error = await small
          // One megabyte per row: the process passes the cap within a few hundred rows, long before the
          // timeout even on a loaded CI machine (a cross join of names grew too slowly there).
          .run("SELECT length(group_concat(printf('%.*c', 1000000, 'x'))) FROM people")
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(SqlExecutionError);
        expect(String((error as Error).message)).toMatch(/memory/i);
        expect((await small.run('SELECT count(*) FROM events')).rows).toEqual([[4]]);
      } finally {
        await small.close();
      }
    },
    200_000,
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

/** Nice values of the given processes (in ps's order). */
function niceOf(pids: readonly number[]): number[] {
  return execFileSync('ps', ['-o', 'ni=', '-p', pids.join(',')], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map(Number);
}

/** True while a process with this pid exists (a zombie waiting for init to reap it counts as gone). */
function alive(pid: number): boolean {
  try {
    const stat = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return stat !== '' && !stat.startsWith('Z');
  } catch {
    return false; // ps exits 1 when there is no such process
  }
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe('QueryPool fairness between users', () => {
  let data: TestDatabase;
  beforeAll(() => {
    data = createTestDatabase({ people: 3000, companies: 500 });
  });
  afterAll(() => data.cleanup());

  it("another user's cheap query runs at once while one user has four runaway statements", async () => {
    // Before the lane and the per-user cap, the four runaways took both processes and the cheap
    // query waited for one of them to reach its limit. The runaways' limit is far away and they are
    // stopped by hand: what is checked is the order (the cheap query answered while all four were
    // still in flight), not how fast anything ran.
    const pool = new QueryPool({ dbFile: data.file, timeoutMs: 120_000, size: 2, slowAfterMs: 100 });
    const controller = new AbortController();
    try {
      await pool.ready();
      let settled = 0;
      const runaways = Array.from({ length: 4 }, () =>
        pool
          .run(RUNAWAY, [], { user: 'a', signal: controller.signal })
          .catch((e: unknown) => e)
          .finally(() => (settled += 1)),
      );
      // Both lane processes run a's first two (overdue after 100 ms); b's statement makes one of them leave the
      // lane and runs on the fresh process that takes its place.
      const quick = await pool.run('SELECT count(*) FROM events', [], { user: 'b' });
      expect(quick.rows).toEqual([[4]]);
      expect(settled, "a's statements still in flight when b's was answered").toBe(0);
      expect(pool.pids).toHaveLength(3);
      expect(niceOf(pool.pids).filter((n) => n === 19)).toHaveLength(1);
      controller.abort(new Error('stopped by the test'));
      for (const outcome of await Promise.all(runaways))
        expect(outcome).toMatchObject({ message: 'stopped by the test' });
    } finally {
      controller.abort();
      await pool.close();
    }
  });

  it('caps one user at perUserConcurrency running statements; the rest wait, then are refused when the queue is full', async () => {
    const pool = new QueryPool({
      dbFile: data.file,
      timeoutMs: 3000,
      size: 2,
      perUserConcurrency: 1,
      perUserQueue: 2,
      slowAfterMs: 100,
    });
    try {
      await pool.ready();
      const first = pool.run(RUNAWAY, [], { user: 'a' }).catch((e: unknown) => e);
      const waiting = [1, 2].map(() => pool.run(RUNAWAY, [], { user: 'a' }).catch((e: unknown) => e));
      const refused = await pool.run(RUNAWAY, [], { user: 'a' }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(TooManyStatements);
      expect((refused as TooManyStatements).code).toBe('TOO_MANY_STATEMENTS');
      // Only one of user a's statements runs: once it is overdue (100 ms), another user's statement finds the
      // second lane process free (no process leaves the lane, none is demoted); with two of a's running, it
      // would have pushed one of them out.
      await new Promise((r) => setTimeout(r, 300));
      expect((await pool.run('SELECT count(*) FROM events', [], { user: 'b' })).rows).toEqual([[4]]);
      expect(pool.pids).toHaveLength(2);
      expect(niceOf(pool.pids)).toEqual([0, 0]);
      expect(await first).toBeInstanceOf(QueryTimeout);
      // The waiting ones ran out of time while waiting: the deadline counts from arrival, so they did not
      // get a fresh 3 s once the first ended. (Not "waited >= 3000 ms": a timer counts from the event loop's
      // cached clock, which lags on a busy machine, so it can fire a little before 3 s by performance.now().)
      for (const outcome of await Promise.all(waiting)) {
        expect(outcome).toBeInstanceOf(QueryTimeout);
        expect((outcome as QueryTimeout).waitedMs).toBeGreaterThan(1500);
        expect((outcome as Error).message).toMatch(/waited|waiting/);
      }
    } finally {
      await pool.close();
    }
  });

  it('a statement aborted while waiting leaves the queue at once', async () => {
    const pool = new QueryPool({ dbFile: data.file, timeoutMs: 3000, size: 1, perUserConcurrency: 1 });
    try {
      await pool.ready();
      const running = pool.run(RUNAWAY, [], { user: 'a' }).catch((e: unknown) => e);
      const controller = new AbortController();
      const queued = pool.run('SELECT 1', [], { user: 'a', signal: controller.signal });
      controller.abort(new Error('gone'));
      await expect(queued).rejects.toThrow('gone');
      expect(await running).toBeInstanceOf(QueryTimeout);
    } finally {
      await pool.close();
    }
  });
});

describe.skipIf(process.platform !== 'linux')('QueryPool processes die with their parent', () => {
  it('a query process running a runaway statement exits within seconds of its parent being SIGKILLed', async () => {
    const data = createTestDatabase({ people: 3000, companies: 500 });
    const here = path.dirname(fileURLToPath(import.meta.url));
    const script = path.join(path.dirname(data.file), 'parent.mts');
    // A parent process (like the server) with a pool running a statement that would take minutes.
    writeFileSync(
      script,
      `import { QueryPool } from ${JSON.stringify(path.join(here, 'QueryPool.ts'))};
const pool = new QueryPool({ dbFile: ${JSON.stringify(data.file)}, timeoutMs: 600_000, size: 1 });
await pool.ready();
void pool.run(${JSON.stringify(RUNAWAY)}).catch(() => undefined);
setTimeout(() => console.log(JSON.stringify(pool.pids)), 600);
`,
    );
    const parent = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const pids = await new Promise<number[]>((resolve, reject) => {
        let out = '';
        parent.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          if (out.includes('\n')) resolve(JSON.parse(out) as number[]);
        });
        parent.once('exit', (code) => reject(new Error(`parent exited early (${code})`)));
      });
      expect(pids.length).toBeGreaterThanOrEqual(1);
      // Mid-statement: one of them is busy.
      expect(pids.every(alive)).toBe(true);
      parent.kill('SIGKILL');
      expect(await waitFor(() => !pids.some(alive), 5000)).toBe(true);
    } finally {
      parent.kill('SIGKILL');
      data.cleanup();
    }
  });
});
