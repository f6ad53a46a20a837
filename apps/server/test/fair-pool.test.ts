/**
 * One user cannot stall everyone, with the real server process over real HTTP:
 * - user A keeps four runaway `data.run` statements (a recursive CTE that never ends) in flight;
 *   user B's one-row `chat.send` is answered while all four are still running or waiting (before the
 *   fair pool it waited in the same queue behind them, until they hit their time limit);
 * - A's statements beyond the per-user cap wait, and their time limit counts from arrival;
 *   past the per-user queue the server refuses with TOO_MANY_REQUESTS;
 * - a SIGKILLed server's query processes die with it, even in the middle of a statement.
 * No timing is asserted: the outcome is about order (B answered while A's statements were still in
 * flight). The latency figures are in `pnpm bench server`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort, prepareDatabase, ServerProcess, tmpDir, type CreatedUser } from '@musaeid/testkit';

import { createUsers } from './support/fixtures';
import { callProcedure, type CallOutcome } from './support/trpcHttp';

/** Never ends on any data: only the time limit stops it. */
const RUNAWAY = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) AS c FROM n';
/** Each statement's limit (the server's MUSAEID_ENGINE_TIMEOUT_MS): long enough to see the order clearly. */
const STATEMENT_LIMIT_MS = 8000;

interface RunResult {
  status: string;
  reason: { code: string; message: string } | null;
}

/** Query processes of a server: its children running the pool's `node -e` source. */
function queryProcesses(serverPid: number): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(serverPid)], { encoding: 'utf8' });
  } catch {
    return []; // no children
  }
  return out
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((pid) => {
      try {
        return pid > 0 && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('better-sqlite3');
      } catch {
        return false;
      }
    });
}

/** True while a process exists and is not a zombie waiting to be reaped. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/** CPU time (user + system, in clock ticks) a process has used so far; 0 when it is gone. */
function cpuTicks(pid: number): number {
  try {
    // the fields after the command's closing parenthesis: state is the 1st, utime the 12th, stime the 13th
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * True once one of the server's query processes is busy running a statement: its CPU time grew since the last
 * look (the runaway statement burns CPU without pause; idle lane processes use none).
 */
function statementRunning(serverPid: number): () => boolean {
  const seen = new Map<number, number>();
  return () =>
    queryProcesses(serverPid).some((pid) => {
      const ticks = cpuTicks(pid);
      const before = seen.get(pid);
      seen.set(pid, ticks);
      return before !== undefined && ticks > before;
    });
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

describe.skipIf(process.platform !== 'linux')('fair query pool over HTTP', () => {
  const tmp = tmpDir('fair-pool');
  let server: ServerProcess;
  let a: CreatedUser;
  let b: CreatedUser;

  const call = (user: CreatedUser, procedure: string, input: unknown): Promise<CallOutcome> =>
    callProcedure({
      baseUrl: server.url,
      path: procedure,
      type: procedure === 'chat.get' ? 'query' : 'mutation',
      input,
      apiKey: user.apiKey,
      timeoutMs: 60_000,
    });
  const runaway = (user: CreatedUser) => call(user, 'data.run', { sql: RUNAWAY, limit: 1 });

  beforeAll(async () => {
    const db = path.join(tmp.dir, 'fair.db');
    await prepareDatabase(db, { data: 'demo', people: 100 });
    [a, b] = (await createUsers(db, [{ email: 'a@example.test' }, { email: 'b@example.test' }])) as [
      CreatedUser,
      CreatedUser,
    ];
    server = new ServerProcess({
      db,
      port: await freePort(),
      env: { MUSAEID_ENGINE_TIMEOUT_MS: String(STATEMENT_LIMIT_MS) },
    });
    await server.start();
  }, 120_000);

  afterAll(async () => {
    await server.stop('SIGKILL');
    tmp.cleanup();
  });

  it("another user's one-row chat.send is answered while user A has four runaway data.run statements", async () => {
    const created = await call(b, 'chat.create', { title: 'fair' });
    expect(created.ok).toBe(true);
    const chatId = (created as { data: { chatId: string } }).data.chatId;

    const done: string[] = [];
    const aCalls = Array.from({ length: 4 }, (_, i) =>
      runaway(a).then((outcome) => {
        done.push(`a${i}`);
        return outcome;
      }),
    );
    // Let A's statements reach the pool (and the long ones leave the short-query lane).
    await new Promise((r) => setTimeout(r, 1000));
    const sent = await call(b, 'chat.send', { chatId, text: 'How many events are there?' });
    done.push('b');
    expect(sent.ok).toBe(true);
    const answer = (sent as { data: { assistantMessage: { answer: { status: string; rowCount: number } } } }).data
      .assistantMessage.answer;
    expect(answer.status, JSON.stringify(answer).slice(0, 300)).toBe('answered');
    expect(answer.rowCount).toBe(1);

    const outcomes = await Promise.all(aCalls);
    // B came first: none of A's statements had finished (each runs until its limit).
    expect(done[0]).toBe('b');
    for (const outcome of outcomes) {
      expect(outcome.ok).toBe(true);
      const result = (outcome as { data: RunResult }).data;
      expect(result.status).toBe('failed');
      expect(result.reason?.code).toBe('TIMEOUT');
    }
    // Two ran (the per-user cap) and two waited; the waiting ones' limit counted from their arrival,
    // so they were refused as having waited, not started afresh after the first two ended.
    const waited = outcomes.filter((o) => /waited|waiting/.test((o as { data: RunResult }).data.reason?.message ?? ''));
    expect(waited).toHaveLength(2);
  }, 60_000);

  it('refuses a user past their queue of waiting statements with TOO_MANY_REQUESTS', async () => {
    // 2 run (the per-user cap), 8 wait (the per-user queue), the other 2 are refused without running.
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => runaway(a)));
    const refused = outcomes.filter((o) => !o.ok);
    expect(refused).toHaveLength(2);
    for (const o of refused) {
      expect(o.ok ? null : [o.status, o.code, o.message]).toEqual([
        429,
        'TOO_MANY_REQUESTS',
        expect.stringMatching(/too many of your queries/i),
      ]);
    }
    // Every other one ran out of time (running, or waiting: the limit counts from arrival).
    expect(outcomes.filter((o) => o.ok && (o.data as RunResult).reason?.code === 'TIMEOUT')).toHaveLength(10);
  }, 60_000);

  it("B is not refused while A's queue is full", async () => {
    const inFlight = Array.from({ length: 11 }, () => runaway(a));
    expect((await call(b, 'data.run', { sql: 'SELECT count(*) FROM events', limit: 1 })).ok).toBe(true);
    await Promise.all(inFlight);
  }, 60_000);

  it("a SIGKILLed server's query processes die with it, even mid-statement", async () => {
    const serverPid = server.pid as number;
    const pending = runaway(a).catch(() => null);
    // Wait until the statement runs: a query process is burning CPU on it.
    expect(await waitFor(statementRunning(serverPid), 10_000)).toBe(true);
    const children = queryProcesses(serverPid);
    await server.crash();
    await pending;
    // Before the watchdog, the busy process kept running its statement for minutes (parent pid 1).
    expect(await waitFor(() => !children.some(alive), 5000)).toBe(true);
  }, 60_000);
});
