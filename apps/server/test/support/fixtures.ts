import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { openSqlite } from '@musaeid/db';

import { AppStore } from '../../src/store/AppStore';
import { runCliOk, type CliOptions } from './cli';
import { hasRealData, realDataDir, repoRoot, serverRoot } from './paths';
import { sleep } from './random';

/** A scratch directory removed by the returned `cleanup`. */
export function tmpDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `musaeid-${prefix}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export type DataSource = 'demo' | 'real' | 'none';

/** Hash of every source file that decides what a prepared database contains (schema, ingest, demo, CLI). */
function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
        hash.update(full).update(readFileSync(full));
    }
  };
  walk(path.join(repoRoot, 'packages/db/src'));
  walk(path.join(serverRoot, 'src/cli'));
  return hash.digest('hex').slice(0, 16);
}

function lockIsStale(lock: string): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > 300_000) return true;
    const pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false; // being written
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function buildDatabase(file: string, data: DataSource, people: number, seed: number): Promise<DataSource> {
  await runCliOk(['migrate', '--db', file]);
  if (data === 'real' && hasRealData) {
    await runCliOk(['ingest', '--from', realDataDir, '--db', file], { timeoutMs: 300_000 });
    return 'real';
  }
  if (data === 'none') return 'none';
  await runCliOk(['demo', '--db', file, '--people', String(people), '--seed', String(seed)]);
  return 'demo';
}

/**
 * Creates a migrated database file with data: the real CSVs when asked and present, else the demo
 * generator (small by default so that set-up stays quick). Built once per content (keyed by the
 * sources that decide it) in a shared cache directory and copied, so parallel test files do not
 * each pay for migrate + ingest.
 */
export async function prepareDatabase(
  file: string,
  opts: { data?: DataSource; people?: number; seed?: number } = {},
): Promise<DataSource> {
  const wanted = opts.data === 'real' && !hasRealData ? 'demo' : (opts.data ?? 'demo');
  const people = opts.people ?? 300;
  const seed = opts.seed ?? 7;
  const cacheDir = path.join(os.tmpdir(), 'musaeid-test-templates');
  mkdirSync(cacheDir, { recursive: true });
  const template = path.join(cacheDir, `${wanted}-${people}-${seed}-${sourceFingerprint()}.db`);
  const lock = `${template}.lock`;
  for (let waited = 0; !existsSync(template); waited += 100) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
    } catch {
      // Another test file is building it. Its lock is stale when that process is gone (or after 5 minutes).
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      await sleep(100);
      continue;
    }
    try {
      const building = `${template}.${process.pid}.tmp`;
      await buildDatabase(building, wanted, people, seed);
      const db = openSqlite(building);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode = DELETE'); // one self-contained file...
      db.close();
      renameSync(building, template);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  copyFileSync(template, file);
  const db = openSqlite(file); // ...back in WAL mode for the copy
  db.close();
  return wanted;
}

/** Copies a database file (and its WAL, if any). */
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

/** Creates users through the server's own store, in this process (fast: no CLI start-up per user). */
export function createUsers(db: string, specs: { email: string; admin?: boolean }[]): CreatedUser[] {
  const connection = openSqlite(db);
  try {
    const store = new AppStore(connection);
    return specs.map(({ email, admin }) => {
      const { user, apiKey } = store.users.createUser({ email, role: admin === true ? 'admin' : 'user' });
      return { userId: user.id, apiKey, email };
    });
  } finally {
    connection.close();
  }
}

/** One user, through the server's own store (see {@link createUsers}). */
export async function createUser(db: string, email: string, opts: { admin?: boolean } = {}): Promise<CreatedUser> {
  return createUsers(db, [{ email, ...opts }])[0] as CreatedUser;
}
