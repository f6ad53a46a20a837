import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { runCliOk, type CliOptions } from './cli';
import { hasRealData, realDataDir } from './paths';

/** A scratch directory removed by the returned `cleanup`. */
export function tmpDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `musaeid-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type DataSource = 'demo' | 'real' | 'none';

/**
 * Creates a migrated database file with data: the real CSVs when asked and present, else the
 * demo generator (small by default so that test set-up stays quick).
 */
export async function prepareDatabase(
  file: string,
  opts: { data?: DataSource; people?: number; seed?: number } = {},
): Promise<DataSource> {
  const wanted = opts.data ?? 'demo';
  await runCliOk(['migrate', '--db', file]);
  if (wanted === 'real' && hasRealData) {
    await runCliOk(['ingest', '--from', realDataDir, '--db', file], { timeoutMs: 300_000 });
    return 'real';
  }
  if (wanted === 'none') return 'none';
  await runCliOk(['demo', '--db', file, '--people', String(opts.people ?? 300), '--seed', String(opts.seed ?? 7)]);
  return 'demo';
}

/** Copies a prepared database (and nothing of its WAL: callers checkpoint first or copy closed files). */
export function copyDatabase(from: string, to: string): void {
  copyFileSync(from, to);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
  }
}

export interface CreatedUser {
  userId: string;
  apiKey: string;
  email: string;
}

/** `musaeid users create --email <email> [--admin] --db <file> --json`. */
export async function createUser(
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
