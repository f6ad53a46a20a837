import { spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { QueryTimeout } from '../errors/QueryTimeout';
import { SqlExecutionError } from '../errors/SqlExecutionError';
import type { ExecutionResult } from './ExecutionResult';
import type { QueryExecutor } from './QueryExecutor';
import { QUERY_PROCESS_SOURCE } from './queryProcessSource';

const require = createRequire(import.meta.url);

/** Options for {@link QueryPool}. */
export interface QueryPoolOptions {
  dbFile: string;
  /** Time limit per query; the query's process is killed when it runs out. */
  timeoutMs?: number;
  /** Most rows returned per query; more sets `truncated`. */
  rowCap?: number;
  /** Query processes kept ready (queries beyond this wait in a queue). */
  size?: number;
  /**
   * Resident memory a query process may reach while running a query, bytes (default 1 GiB);
   * past it the process is killed (Linux: read from /proc; better-sqlite3 builds SQLite without
   * memory accounting, so `hard_heap_limit` cannot do this).
   */
  memoryLimitBytes?: number;
}

interface Job {
  sql: string;
  params: unknown[];
  timeoutMs: number;
  rowCap: number;
  signal: AbortSignal | undefined;
  resolve: (result: ExecutionResult) => void;
  reject: (error: unknown) => void;
}

type Reply =
  | { ready: true }
  | { id: number; ok: true; columns: string[]; rows: unknown[][]; truncated: boolean; elapsedMs: number }
  | { id: number; ok: false; message: string; code: string | null };

/** Resident set size of a process (Linux /proc), or null where unavailable. */
/** How long a query runs before its process is demoted to the lowest CPU priority. */
const SLOW_QUERY_MS = 250;

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
  busy = false;
  dead = false;
  isReady = false;
  onReply: ((reply: Reply) => void) | null = null;
  onExit: ((why: string) => void) | null = null;

  constructor(bsPath: string, dbFile: string) {
    this.process = spawn(process.execPath, ['-e', QUERY_PROCESS_SOURCE, bsPath, dbFile], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'json',
    });
    let stderr = '';
    this.process.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
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
 * Runs read-only queries off the event loop in a small pool of child processes, each with its
 * own `readonly` + `query_only` connection. A query past its time limit is really stopped: its
 * process is killed (SIGKILL) and replaced. (Worker threads cannot do this with better-sqlite3:
 * `worker.terminate()` waits for SQLite's native loop to return, which a cross join never does,
 * and better-sqlite3 exposes neither `sqlite3_interrupt` nor a progress handler.)
 *
 * @example
 * const pool = new QueryPool({ dbFile: 'data/musaeid.db', timeoutMs: 5000, rowCap: 10_000 });
 * const { columns, rows, truncated } = await pool.run('SELECT name FROM events WHERE country = ?', ['Singapore']);
 * await pool.close();
 */
export class QueryPool implements QueryExecutor {
  readonly timeoutMs: number;
  readonly rowCap: number;
  readonly #dbFile: string;
  readonly #bsPath: string;
  readonly #memoryLimitBytes: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Job[] = [];
  #nextId = 1;
  #closed = false;

  constructor(options: QueryPoolOptions) {
    this.#dbFile = options.dbFile;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.rowCap = options.rowCap ?? 10_000;
    this.#bsPath = require.resolve('better-sqlite3');
    this.#memoryLimitBytes = options.memoryLimitBytes ?? 1024 * 1024 * 1024;
    const size = Math.max(1, options.size ?? 2);
    for (let i = 0; i < size; i++) this.#slots.push(new Slot(this.#bsPath, this.#dbFile));
  }

  /** Resolves once every query process has opened the database (optional; `run` waits anyway). */
  async ready(): Promise<void> {
    await Promise.all(this.#slots.map((slot) => slot.ready));
  }

  /** Runs one statement (already checked by the guard) with bound parameters. */
  run(
    sql: string,
    params: unknown[] = [],
    options: { timeoutMs?: number; rowCap?: number; signal?: AbortSignal } = {},
  ): Promise<ExecutionResult> {
    if (this.#closed) return Promise.reject(new Error('QueryPool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({
        sql,
        params,
        timeoutMs: options.timeoutMs ?? this.timeoutMs,
        rowCap: options.rowCap ?? this.rowCap,
        signal: options.signal,
        resolve,
        reject,
      });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('QueryPool is closed'));
    await Promise.all(
      this.#slots.map(
        (slot) =>
          new Promise<void>((resolve) => {
            if (slot.process.exitCode !== null || slot.process.signalCode !== null) return resolve();
            slot.process.once('exit', () => resolve());
            slot.kill();
          }),
      ),
    );
  }

  #pump(): void {
    while (this.#queue.length) {
      let index = this.#slots.findIndex((s) => !s.busy && s.isReady);
      if (index === -1) index = this.#slots.findIndex((s) => !s.busy);
      if (index === -1) return;
      const job = this.#queue.shift()!;
      if (job.signal?.aborted) {
        job.reject(job.signal.reason ?? new Error('aborted'));
        continue;
      }
      this.#start(index, job);
    }
  }

  #replace(index: number): void {
    const old = this.#slots[index]!;
    old.kill();
    if (!this.#closed) this.#slots[index] = new Slot(this.#bsPath, this.#dbFile);
  }

  #start(index: number, job: Job): void {
    const slot = this.#slots[index]!;
    slot.busy = true;
    const id = this.#nextId++;
    let settled = false;
    const finish = (replace: boolean) => {
      settled = true;
      clearTimeout(timer);
      clearTimeout(demote);
      clearInterval(memoryWatch);
      job.signal?.removeEventListener('abort', onAbort);
      slot.onReply = null;
      slot.onExit = null;
      if (replace || slot.dead || demoted) this.#replace(index);
      else slot.busy = false;
      this.#pump();
    };
    const timer = setTimeout(() => {
      if (settled) return;
      finish(true);
      job.reject(new QueryTimeout(job.timeoutMs, job.sql));
    }, job.timeoutMs);
    // A query still running after SLOW_QUERY_MS is probably a runaway: lower its process's CPU
    // priority so, on a small machine, it cannot slow the server and everyone else's queries down
    // while it runs to its time limit. The slot is replaced afterwards (priority cannot be raised back).
    let demoted = false;
    const demote = setTimeout(() => {
      const pid = slot.process.pid;
      if (settled || pid === undefined) return;
      try {
        setPriority(pid, 19);
        demoted = true;
      } catch {
        // Best effort only: without permission the query simply keeps its priority.
      }
    }, SLOW_QUERY_MS);
    demote.unref();
    const memoryWatch = setInterval(() => {
      if (settled) return;
      const rss = residentBytes(slot.process.pid);
      if (rss === null || rss <= this.#memoryLimitBytes) return;
      finish(true);
      const mib = Math.round(this.#memoryLimitBytes / 1024 / 1024);
      job.reject(
        new SqlExecutionError(
          `the query needed more than ${mib} MiB of memory and was stopped`,
          job.sql,
          'MUSAEID_MEMORY',
        ),
      );
    }, 50);
    memoryWatch.unref();
    const onAbort = () => {
      if (settled) return;
      finish(true);
      job.reject(job.signal?.reason ?? new Error('aborted'));
    };
    job.signal?.addEventListener('abort', onAbort, { once: true });
    slot.onReply = (reply) => {
      if (settled || !('id' in reply) || reply.id !== id) return;
      finish(false);
      if (reply.ok) {
        job.resolve({
          columns: reply.columns,
          rows: reply.rows,
          rowCount: reply.rows.length,
          truncated: reply.truncated,
          elapsedMs: reply.elapsedMs,
        });
      } else {
        job.reject(new SqlExecutionError(reply.message, job.sql, reply.code));
      }
    };
    slot.onExit = (why) => {
      if (settled) return;
      finish(true);
      job.reject(new SqlExecutionError(why, job.sql, null));
    };
    slot.ready.then(
      () => {
        if (!settled) slot.process.send({ id, sql: job.sql, params: job.params, rowCap: job.rowCap });
      },
      (error: unknown) => {
        if (settled) return;
        finish(true);
        job.reject(new SqlExecutionError(error instanceof Error ? error.message : String(error), job.sql, null));
      },
    );
  }
}
