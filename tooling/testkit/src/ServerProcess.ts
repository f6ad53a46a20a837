import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { cliCommand } from './cli';
import { childEnv } from './childEnv';
import { serverRoot } from './paths';

export interface ServerProcessOptions {
  db: string;
  port: number;
  env?: Record<string, string>;
  uid?: number;
  gid?: number;
  shellPrefix?: string;
  /** Extra `node --import` modules (absolute paths). */
  preload?: string[];
  /** How long to wait for `/healthz` after a start. */
  startTimeoutMs?: number;
  /** Send stdout to /dev/null (a benchmark logging every request at info must not pay for keeping it). */
  discardStdout?: boolean;
}

/**
 * The real server as a child process (`musaeid serve --db <file> --port <port> --host 127.0.0.1`),
 * which tests can SIGKILL and start again on the same port and database.
 */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private output = '';
  private exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | null = null;
  starts = 0;

  constructor(private readonly opts: ServerProcessOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.opts.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The last 8 KB of the child's stdout and stderr (for failure messages). */
  get log(): string {
    return this.output.slice(-8192);
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Starts the process and resolves when `/healthz` answers; rejects with the output if it exits first. */
  async start(): Promise<void> {
    if (this.running) throw new Error('server already running');
    const { command, argv } = cliCommand(
      ['serve', '--db', this.opts.db, '--port', String(this.opts.port), '--host', '127.0.0.1'],
      this.opts.shellPrefix,
      this.opts.preload,
    );
    const child = spawn(command, argv, {
      cwd: serverRoot,
      env: childEnv(this.opts.env),
      stdio: ['ignore', this.opts.discardStdout === true ? 'ignore' : 'pipe', 'pipe'],
      ...(this.opts.uid === undefined ? {} : { uid: this.opts.uid, gid: this.opts.gid ?? this.opts.uid }),
    });
    this.child = child;
    this.starts += 1;
    const append = (chunk: string): void => {
      this.output = (this.output + chunk).slice(-65536);
    };
    child.stdout?.setEncoding('utf8').on('data', append);
    child.stderr?.setEncoding('utf8').on('data', append);
    this.exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    const healthy = this.waitHealthy(this.opts.startTimeoutMs ?? 180_000).then(() => null);
    healthy.catch(() => undefined);
    const outcome = await Promise.race([healthy, this.exit]);
    if (outcome !== null) {
      throw new Error(`server exited during start (${outcome.code ?? outcome.signal})\n${this.log}`);
    }
  }

  /** Polls `/healthz` until it answers 200. */
  async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const res = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        if (res.ok) return;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error(`server not healthy after ${timeoutMs} ms\n${this.log}`);
      if (!this.running) throw new Error(`server is not running\n${this.log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Sends `signal` and waits until the process is gone. */
  async stop(
    signal: NodeJS.Signals = 'SIGTERM',
    timeoutMs = 15_000,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.child;
    const exit = this.exit;
    if (child === null || exit === null) return { code: null, signal: null };
    if (this.running) child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const result = await exit;
    clearTimeout(timer);
    this.child = null;
    return result;
  }

  /** SIGKILL: no chance to flush or roll back anything. */
  async crash(): Promise<void> {
    await this.stop('SIGKILL');
  }

  /** Resolves when the running process exits by itself (for servers expected to refuse to start). */
  async exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.exit === null) throw new Error('never started');
    return await this.exit;
  }

  /** Resident set size of the child in bytes (from /proc/<pid>/status), or null when unknown. */
  rssBytes(): number | null {
    const pid = this.child?.pid;
    if (pid === undefined) return null;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
      return match?.[1] === undefined ? null : Number(match[1]) * 1024;
    } catch {
      return null;
    }
  }
}
