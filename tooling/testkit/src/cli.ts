import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

import { childEnv } from './childEnv';
import { cliEntry, serverRoot } from './paths';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Run as this uid/gid (a root test run drops to `nobody` so that file permissions apply). */
  uid?: number;
  gid?: number;
  /** Shell prefix such as `ulimit -f 256;` (the command is then run through bash -c with exec). */
  shellPrefix?: string;
  /** Extra modules for `node --import` (absolute paths), loaded after tsx. */
  preload?: string[];
}

/** The argv that starts the server's CLI (`musaeid <args>`) from its sources under tsx. */
export function cliCommand(
  args: readonly string[],
  shellPrefix?: string,
  preload: readonly string[] = [],
): { command: string; argv: string[] } {
  const nodeArgs = [
    '--import',
    'tsx',
    ...preload.flatMap((p) => ['--import', pathToFileURL(p).href]),
    cliEntry,
    ...args,
  ];
  if (shellPrefix === undefined) return { command: process.execPath, argv: nodeArgs };
  const quoted = [process.execPath, ...nodeArgs].map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
  return { command: '/bin/bash', argv: ['-c', `${shellPrefix} exec ${quoted}`] };
}

/** Runs `musaeid <args>` to completion (bounded by `timeoutMs`) and returns its output. */
export async function runCli(args: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  const { command, argv } = cliCommand(args, opts.shellPrefix, opts.preload);
  const child = spawn(command, argv, {
    cwd: serverRoot,
    env: childEnv(opts.env),
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.gid ?? opts.uid }),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 180_000);
  return await new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Like {@link runCli} but throws with the command's output when it does not exit 0. */
export async function runCliOk(args: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  const result = await runCli(args, opts);
  if (result.code !== 0) {
    throw new Error(
      `musaeid ${args.join(' ')} exited ${result.code ?? result.signal}\n--- stdout\n${result.stdout.slice(-4000)}\n--- stderr\n${result.stderr.slice(-4000)}`,
    );
  }
  return result;
}

export interface CreatedUser {
  userId: string;
  apiKey: string;
  email: string;
}

/** `musaeid users create --email <email> [--admin] --db <file> --json`, parsed. */
export async function createUserWithCli(
  db: string,
  email: string,
  opts: { admin?: boolean } & CliOptions = {},
): Promise<CreatedUser> {
  const args = ['users', 'create', '--email', email, '--db', db, '--json'];
  if (opts.admin === true) args.push('--admin');
  const { stdout } = await runCliOk(args, opts);
  const line = stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.trim().startsWith('{'));
  if (line === undefined) throw new Error(`users create printed no JSON: ${stdout}`);
  const parsed = JSON.parse(line) as { userId?: unknown; apiKey?: unknown };
  if (typeof parsed.userId !== 'string' || typeof parsed.apiKey !== 'string') {
    throw new Error(`users create --json printed ${line}`);
  }
  return { userId: parsed.userId, apiKey: parsed.apiKey, email };
}
