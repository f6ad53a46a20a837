import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { serverCli, serverRoot } from './paths';

export interface LiveUser {
  email: string;
  userId: string;
  apiKey: string;
}

/** What the global set-up hands to the tests (see test/globalSetup.ts). */
export interface LiveServerInfo {
  url: string;
  /** A regular user and a second one (for "another user's chat" checks). */
  alice: LiveUser;
  bob: LiveUser;
}

/** The hermetic environment of the server's child processes: offline engine, quiet logs, high limits. */
function serverEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith('MUSAEID_') || key.startsWith('VITEST') || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return {
    ...env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    MUSAEID_LOG_LEVEL: 'warn',
    MUSAEID_LLM_PROVIDER: 'offline',
    MUSAEID_LLM: 'offline',
    MUSAEID_RATE_LIMIT_PER_MINUTE: '1000000',
    MUSAEID_MONTHLY_MESSAGE_QUOTA: '100000000',
  };
}

/** `node --import tsx apps/server/src/cli/index.ts <args>`, to completion; throws with the output on failure. */
export async function musaeid(args: readonly string[], timeoutMs = 180_000): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverCli, ...args], {
    cwd: serverRoot,
    env: serverEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  clearTimeout(timer);
  if (code !== 0) {
    throw new Error(
      `musaeid ${args.join(' ')} exited ${code}\n--- stdout\n${stdout.slice(-4000)}\n--- stderr\n${stderr.slice(-4000)}`,
    );
  }
  return stdout;
}

async function freePort(): Promise<number> {
  return await new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') return reject(new Error('no port'));
      probe.close(() => resolve(address.port));
    });
  });
}

/**
 * The real server (`musaeid serve`) on 127.0.0.1 with a fresh SQLite file holding the demo data,
 * and two users created with `musaeid users create --json`.
 */
export class LiveServer {
  private child: ChildProcess | null = null;
  private output = '';

  private constructor(
    readonly dir: string,
    readonly info: LiveServerInfo,
  ) {}

  static async start(): Promise<LiveServer> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'musaeid-sdk-'));
    const db = path.join(dir, 'musaeid.db');
    try {
      await musaeid(['migrate', '--db', db]);
      await musaeid(['demo', '--db', db, '--people', '300', '--seed', '7']);
      const alice = await createUser(db, 'alice@sdk.test');
      const bob = await createUser(db, 'bob@sdk.test');
      const port = await freePort();
      const server = new LiveServer(dir, { url: `http://127.0.0.1:${port}`, alice, bob });
      await server.spawn(db, port);
      return server;
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  }

  private async spawn(db: string, port: number): Promise<void> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', serverCli, 'serve', '--db', db, '--port', String(port), '--host', '127.0.0.1'],
      { cwd: serverRoot, env: serverEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    const append = (chunk: string) => (this.output = (this.output + chunk).slice(-16_384));
    child.stdout?.setEncoding('utf8').on('data', append);
    child.stderr?.setEncoding('utf8').on('data', append);
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited during start (${child.exitCode})\n${this.output}`);
      try {
        const res = await fetch(`${this.info.url}/healthz`, { signal: AbortSignal.timeout(2000) });
        await res.arrayBuffer();
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`server not healthy after 60 s\n${this.output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGTERM (graceful shutdown), then removes the scratch directory. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.on('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    this.child = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function createUser(db: string, email: string): Promise<LiveUser> {
  const stdout = await musaeid(['users', 'create', '--email', email, '--db', db, '--json']);
  const line = stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.trim().startsWith('{'));
  if (line === undefined) throw new Error(`users create printed no JSON: ${stdout}`);
  const parsed = JSON.parse(line) as { userId?: unknown; apiKey?: unknown };
  if (typeof parsed.userId !== 'string' || typeof parsed.apiKey !== 'string')
    throw new Error(`users create --json printed ${line}`);
  return { email, userId: parsed.userId, apiKey: parsed.apiKey };
}
