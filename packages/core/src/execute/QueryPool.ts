import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { QueryTimeout } from '../errors/QueryTimeout';
import { SqlExecutionError } from '../errors/SqlExecutionError';
import { TooManyStatements } from '../errors/TooManyStatements';
import type { ExecutionResult, PageResult } from './ExecutionResult';
import type { PageWindow, QueryExecutor, RunOptions } from './QueryExecutor';
import { QUERY_PROCESS_SOURCE } from './queryProcessSource';

const require = createRequire(import.meta.url);

/** Options for {@link QueryPool}. */
export interface QueryPoolOptions {
  dbFile: string;
  /** Time limit per query, waiting included; the query's process is killed when it runs out. */
  timeoutMs?: number;
  /** Most rows returned per query; more sets `truncated`. */
  rowCap?: number;
  /** Processes in the short-query lane, kept ready for fresh statements (default 2). */
  size?: number;
  /**
   * Resident memory a query process may reach while running a query, bytes (default 1 GiB);
   * past it the process is killed (Linux: read from /proc; better-sqlite3 builds SQLite without
   * memory accounting, so `hard_heap_limit` cannot do this).
   */
  memoryLimitBytes?: number;
  /** Statements one user may have running at once (default 2); their others wait their turn. */
  perUserConcurrency?: number;
  /** Statements one user may have waiting (default 8); past it `run` refuses with {@link TooManyStatements}. */
  perUserQueue?: number;
  /**
   * A statement still running after this long is overdue: it leaves the short-query lane as soon as another
   * statement needs a lane process (default 250 ms).
   */
  slowAfterMs?: number;
  /** Processes running statements that left the lane, at most (default 2 x size). */
  maxSlow?: number;
}

/** A page request as the query process reads it: `countTo` rows at most are stepped through from `offset`. */
interface PageRequest {
  offset: number;
  limit: number;
  countTo: number;
}

type OkReply =
  | { id: number; ok: true; columns: string[]; rows: unknown[][]; truncated: boolean; elapsedMs: number }
  | ({ id: number; ok: true } & PageResult);

interface Job {
  readonly sql: string;
  readonly params: unknown[];
  readonly page: PageRequest | null;
  readonly user: string;
  readonly timeoutMs: number;
  readonly rowCap: number;
  readonly signal: AbortSignal | undefined;
  readonly arrivedAt: number;
  startedAt: number | null;
  readonly resolve: (reply: OkReply) => void;
  readonly reject: (error: unknown) => void;
  timer: NodeJS.Timeout | undefined;
  /** Removes the abort listener (a caller's signal may outlive the job). */
  detach: () => void;
  /** Set while the job runs: stops it (its process is killed) and rejects with `error`. */
  stop: ((error: unknown) => void) | null;
  settled: boolean;
}

type Reply = { ready: true } | OkReply | { id: number; ok: false; message: string; code: string | null };

/** Why a signal aborted, as an Error (its reason when that is one). */
function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error) return reason;
  return new Error(typeof reason === 'string' ? reason : 'aborted', { cause: reason });
}

/** A waiting statement with less time than this left fails as timed out instead of starting. */
const START_MARGIN_MS = 10;

/** Resident set size of a process (Linux /proc), or null where unavailable. */
function residentBytes(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(pages) ? pages * 4096 : null;
  } catch {
    return null;
  }
}

class Slot {
  readonly process: ChildProcess;
  readonly ready: Promise<void>;
  job: Job | null = null;
  dead = false;
  isReady = false;
  /** Running at the lowest CPU priority (cannot be raised back without privileges: retired after its job). */
  demoted = false;
  /** Its statement has run past `slowAfterMs`: it leaves the lane when another statement needs the process. */
  overdue = false;
  onReply: ((reply: Reply) => void) | null = null;
  onExit: ((why: string) => void) | null = null;

  constructor(bsPath: string, dbFile: string) {
    // The server's pid goes along so the child's watchdog can tell when it has lost its parent.
    this.process = spawn(process.execPath, ['-e', QUERY_PROCESS_SOURCE, bsPath, dbFile, String(process.pid)], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    let stderr = '';
    this.process.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    this.ready = new Promise((resolve, reject) => {
      this.process.once('error', reject);
      this.process.on('message', (message: Reply) => {
        if ('ready' in message) {
          this.isReady = true;
          resolve();
        } else this.onReply?.(message);
      });
      this.process.once('exit', (code, signal) => {
        this.dead = true;
        const why = `query process exited (${signal ?? code})${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`;
        reject(new Error(why));
        this.onExit?.(why);
      });
    });
    this.ready.catch(() => undefined);
  }

  kill(): void {
    this.dead = true;
    if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill('SIGKILL');
  }
}

/**
 * Runs read-only queries off the event loop in child processes, each with its own `readonly` +
 * `query_only` connection, shared fairly between users. A query past its time limit is really
 * stopped: its process is killed (SIGKILL) and replaced. (Worker threads cannot do this with
 * better-sqlite3: `worker.terminate()` waits for SQLite's native loop to return, which a cross
 * join never does, and better-sqlite3 exposes neither `sqlite3_interrupt` nor a progress handler.)
 *
 * Fairness, so that one user's runaway statements cannot stall everyone else:
 * - Per-user cap: a user runs at most `perUserConcurrency` statements at once; the rest wait in
 *   that user's own queue (at most `perUserQueue`, then {@link TooManyStatements}). Waiting
 *   statements are served round-robin between users, so a user with many queued statements does
 *   not go ahead of one who just arrived.
 * - Deadline from arrival: a statement's time limit starts when it reaches the pool, so time spent
 *   waiting counts and a queue cannot stretch a request past its limit.
 * - Short-query lane: no one can tell a cheap statement from a runaway before running it, but
 *   nearly every real question finishes in a few milliseconds. So every statement starts in the
 *   lane (`size` ready processes), and one still running after `slowAfterMs` is overdue: as soon as
 *   another statement waits for a lane process (at that moment or later), the overdue ones are moved
 *   out: each process is demoted to the lowest CPU priority (on a small machine it then only uses CPU
 *   no one else wants) and a fresh process takes its place in the lane. Cheap questions therefore
 *   always find the lane's processes, whatever long statements are running. A long statement no one
 *   waits behind keeps its priority and its warm process: measured on the generated 1,000,000-person
 *   database on a loaded 2-core machine, demoting every statement past 250 ms made a 250 ms page take
 *   1.8-2.0 s (nice 19 gets little CPU there, and the replacing process starts cold). Moved-out
 *   processes are bounded by `maxSlow` (beyond it a slow statement keeps its lane process, demoted)
 *   and retired when their statement ends.
 *
 * Each query process also dies with the server, even in the middle of a statement: see
 * {@link QUERY_PROCESS_SOURCE}'s watchdog.
 *
 * @example
 * const pool = new QueryPool({ dbFile: 'data/musaeid.db', timeoutMs: 5000, rowCap: 10_000 });
 * const { columns, rows, truncated } = await pool.run('SELECT name FROM events WHERE country = ?', ['Singapore'], { user: 'u1' });
 * await pool.close();
 */
export class QueryPool implements QueryExecutor {
  readonly timeoutMs: number;
  readonly rowCap: number;
  readonly #dbFile: string;
  readonly #bsPath: string;
  readonly #memoryLimitBytes: number;
  readonly #perUserConcurrency: number;
  readonly #perUserQueue: number;
  readonly #slowAfterMs: number;
  readonly #maxSlow: number;
  /** The short-query lane: processes fresh statements start on. */
  readonly #lane: Slot[] = [];
  /** Processes whose statement ran past `slowAfterMs` and left the lane. */
  readonly #slow = new Set<Slot>();
  /** Waiting statements per user; the Map's order is the round-robin order. */
  readonly #waiting = new Map<string, Job[]>();
  readonly #running = new Map<string, number>();
  #nextId = 1;
  #closed = false;

  constructor(options: QueryPoolOptions) {
    this.#dbFile = options.dbFile;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.rowCap = options.rowCap ?? 10_000;
    this.#bsPath = require.resolve('better-sqlite3');
    this.#memoryLimitBytes = options.memoryLimitBytes ?? 1024 * 1024 * 1024;
    const size = Math.max(1, options.size ?? 2);
    this.#perUserConcurrency = Math.max(1, options.perUserConcurrency ?? 2);
    this.#perUserQueue = Math.max(0, options.perUserQueue ?? 8);
    this.#slowAfterMs = options.slowAfterMs ?? 250;
    this.#maxSlow = Math.max(0, options.maxSlow ?? size * 2);
    for (let i = 0; i < size; i++) this.#lane.push(new Slot(this.#bsPath, this.#dbFile));
  }

  /** Resolves once every query process has opened the database (optional; `run` waits anyway). */
  async ready(): Promise<void> {
    await Promise.all(this.#lane.map((slot) => slot.ready));
  }

  /** Process ids of the query processes (lane and moved out), for diagnostics and tests. */
  get pids(): number[] {
    return [...this.#lane, ...this.#slow].flatMap((slot) => (slot.process.pid === undefined ? [] : [slot.process.pid]));
  }

  /** Runs one statement (already checked by the guard) with bound parameters. */
  async run(sql: string, params: unknown[] = [], options: RunOptions = {}): Promise<ExecutionResult> {
    const reply = await this.#submit(sql, params, null, options);
    if (!('truncated' in reply)) throw new Error('query process answered a statement with a page');
    return {
      columns: reply.columns,
      rows: reply.rows,
      rowCount: reply.rows.length,
      truncated: reply.truncated,
      elapsedMs: reply.elapsedMs,
    };
  }

  /** One page of a statement (already checked by the guard): see {@link QueryExecutor.page}. */
  async page(sql: string, params: unknown[], window: PageWindow, options: RunOptions = {}): Promise<PageResult> {
    const limit = Math.min(window.limit, options.rowCap ?? this.rowCap);
    const countTo = Math.max(limit + 1, window.countUpTo ?? 0);
    const reply = await this.#submit(sql, params, { offset: window.offset, limit, countTo }, options);
    if ('truncated' in reply) throw new Error('query process answered a page with a whole statement');
    return {
      columns: reply.columns,
      rows: reply.rows,
      counted: reply.counted,
      exhausted: reply.exhausted,
      elapsedMs: reply.elapsedMs,
    };
  }

  #submit(sql: string, params: unknown[], page: PageRequest | null, options: RunOptions): Promise<OkReply> {
    if (this.#closed) return Promise.reject(new Error('QueryPool is closed'));
    const user = options.user ?? '';
    const queue = this.#waiting.get(user) ?? [];
    if (queue.length >= this.#perUserQueue) {
      return Promise.reject(new TooManyStatements(user, this.#running.get(user) ?? 0, queue.length));
    }
    if (options.signal?.aborted) return Promise.reject(abortReason(options.signal));
    return new Promise((resolve, reject) => {
      const job: Job = {
        sql,
        params,
        page,
        user,
        timeoutMs: options.timeoutMs ?? this.timeoutMs,
        rowCap: options.rowCap ?? this.rowCap,
        signal: options.signal,
        arrivedAt: performance.now(),
        startedAt: null,
        resolve,
        reject,
        timer: undefined,
        detach: () => undefined,
        stop: null,
        settled: false,
      };
      // The deadline runs from arrival: waiting for a process counts toward the limit.
      job.timer = setTimeout(() => {
        const waited = (job.startedAt ?? performance.now()) - job.arrivedAt;
        this.#fail(job, new QueryTimeout(job.timeoutMs, job.sql, waited, job.startedAt === null));
      }, job.timeoutMs);
      const onAbort = () => this.#fail(job, abortReason(options.signal));
      job.signal?.addEventListener('abort', onAbort, { once: true });
      job.detach = () => job.signal?.removeEventListener('abort', onAbort);
      queue.push(job);
      this.#waiting.set(user, queue);
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const queue of this.#waiting.values())
      for (const job of [...queue]) this.#fail(job, new Error('QueryPool is closed'));
    const slots = [...this.#lane, ...this.#slow];
    await Promise.all(
      slots.map(
        (slot) =>
          new Promise<void>((resolve) => {
            if (slot.process.exitCode !== null || slot.process.signalCode !== null) return resolve();
            slot.process.once('exit', () => resolve());
            slot.kill();
          }),
      ),
    );
  }

  /** Ends a job that has not settled: out of its queue, or stopped on its process. */
  #fail(job: Job, error: unknown): void {
    if (job.settled) return;
    if (job.stop) return job.stop(error);
    job.settled = true;
    clearTimeout(job.timer);
    job.detach();
    const queue = this.#waiting.get(job.user);
    const at = queue?.indexOf(job) ?? -1;
    if (queue && at >= 0) queue.splice(at, 1);
    if (queue?.length === 0) this.#waiting.delete(job.user);
    job.reject(error);
  }

  /** The next waiting job whose user is under their cap, round-robin between users. */
  #nextJob(): Job | undefined {
    for (const [user, queue] of this.#waiting) {
      if ((this.#running.get(user) ?? 0) >= this.#perUserConcurrency) continue;
      const job = queue.shift();
      // To the back of the rotation (or out of it when nothing else waits).
      this.#waiting.delete(user);
      if (queue.length > 0) this.#waiting.set(user, queue);
      if (job) return job;
    }
    return undefined;
  }

  /** True when a waiting statement's user is under their cap: it could start if a lane process were free. */
  #hasRunnable(): boolean {
    for (const [user, queue] of this.#waiting)
      if (queue.length > 0 && (this.#running.get(user) ?? 0) < this.#perUserConcurrency) return true;
    return false;
  }

  #pump(): void {
    while (!this.#closed) {
      const free = this.#lane.filter((s) => s.job === null && !s.dead);
      const slot = free.find((s) => s.isReady) ?? free[0];
      if (!slot) {
        // Every lane process is busy: overdue statements make room for the waiting one (each move refills the
        // lane and pumps again).
        const overdue = this.#hasRunnable() ? this.#lane.find((s) => s.overdue && !s.demoted) : undefined;
        if (overdue && this.#leaveLane(overdue)) continue;
        return;
      }
      const job = this.#nextJob();
      if (!job) return;
      // A job whose time is (all but) used up by waiting is not worth a process: its own timer is
      // due in this same turn of the event loop, often just after the timer that freed the slot.
      if (job.timeoutMs - (performance.now() - job.arrivedAt) < START_MARGIN_MS) {
        this.#fail(job, new QueryTimeout(job.timeoutMs, job.sql, performance.now() - job.arrivedAt, true));
        continue;
      }
      this.#start(slot, job);
    }
  }

  /** Kills a process whose job ended and, when it was in the lane, puts a fresh one in its place. */
  #retire(slot: Slot): void {
    slot.kill();
    this.#slow.delete(slot);
    const at = this.#lane.indexOf(slot);
    if (at >= 0) {
      if (this.#closed) this.#lane.splice(at, 1);
      else this.#lane[at] = new Slot(this.#bsPath, this.#dbFile);
    }
  }

  /**
   * Moves an overdue statement's process out of the lane (demoted) and puts a fresh one in its place. Returns
   * whether the lane got a fresh process (not past `maxSlow`).
   */
  #leaveLane(slot: Slot): boolean {
    const pid = slot.process.pid;
    if (pid === undefined) return false;
    try {
      setPriority(pid, 19);
      slot.demoted = true;
    } catch {
      // Best effort only: without permission the query simply keeps its priority.
    }
    // Not offered again by the pump, demoted or not.
    slot.overdue = false;
    const at = this.#lane.indexOf(slot);
    if (at < 0 || this.#slow.size >= this.#maxSlow || this.#closed) return false;
    this.#slow.add(slot);
    this.#lane[at] = new Slot(this.#bsPath, this.#dbFile);
    return true;
  }

  #start(slot: Slot, job: Job): void {
    slot.job = job;
    job.startedAt = performance.now();
    this.#running.set(job.user, (this.#running.get(job.user) ?? 0) + 1);
    const id = this.#nextId++;
    const finish = (retire: boolean) => {
      job.settled = true;
      job.stop = null;
      clearTimeout(job.timer);
      job.detach();
      clearTimeout(slowTimer);
      clearInterval(memoryWatch);
      const left = (this.#running.get(job.user) ?? 1) - 1;
      if (left > 0) this.#running.set(job.user, left);
      else this.#running.delete(job.user);
      slot.job = null;
      slot.overdue = false;
      slot.onReply = null;
      slot.onExit = null;
      if (retire || slot.dead || slot.demoted || this.#slow.has(slot)) this.#retire(slot);
      this.#pump();
    };
    job.stop = (error) => {
      finish(true);
      job.reject(error);
    };
    const slowTimer = setTimeout(() => {
      if (job.settled) return;
      slot.overdue = true;
      // Someone may already be waiting for a lane process.
      this.#pump();
    }, this.#slowAfterMs);
    slowTimer.unref();
    const memoryWatch = setInterval(() => {
      if (job.settled) return;
      const rss = residentBytes(slot.process.pid);
      if (rss === null || rss <= this.#memoryLimitBytes) return;
      const mib = Math.round(this.#memoryLimitBytes / 1024 / 1024);
      job.stop?.(
        new SqlExecutionError(
          `the query needed more than ${mib} MiB of memory and was stopped`,
          job.sql,
          'MUSAEID_MEMORY',
        ),
      );
    }, 50);
    memoryWatch.unref();
    slot.onReply = (reply) => {
      if (job.settled || !('id' in reply) || reply.id !== id) return;
      finish(false);
      if (reply.ok) job.resolve(reply);
      else {
        job.reject(new SqlExecutionError(reply.message, job.sql, reply.code));
      }
    };
    slot.onExit = (why) => {
      if (!job.settled) job.stop?.(new SqlExecutionError(why, job.sql, null));
    };
    slot.ready.then(
      () => {
        if (!job.settled)
          slot.process.send({ id, sql: job.sql, params: job.params, rowCap: job.rowCap, page: job.page });
      },
      (error: unknown) => {
        if (!job.settled)
          job.stop?.(new SqlExecutionError(error instanceof Error ? error.message : String(error), job.sql, null));
      },
    );
  }
}
