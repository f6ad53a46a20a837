import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';

import { runCliOk } from './cli';
import { hasRealData, realDataDir, repoRoot, serverRoot } from './paths';
import { sleep } from './random';

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

async function buildDatabase(file: string, data: DataSource, people: number, seed: number): Promise<void> {
  await runCliOk(['migrate', '--db', file]);
  if (data === 'real') {
    await runCliOk(['ingest', '--from', realDataDir, '--db', file], { timeoutMs: 300_000 });
  } else if (data === 'demo') {
    await runCliOk(['demo', '--db', file, '--people', String(people), '--seed', String(seed)]);
  }
}

/**
 * Creates a migrated database file with data, through the CLI as a user would: the real CSVs when
 * asked and present, else the demo generator (small by default so that set-up stays quick). Built
 * once per content (keyed by the sources that decide it) in a shared cache directory and copied,
 * so parallel test files (and packages) do not each pay for migrate + ingest.
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
  while (!existsSync(template)) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
    } catch {
      // Another process is building it. Its lock is stale when that process is gone (or after 5 minutes).
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      await sleep(100);
      continue;
    }
    try {
      const building = `${template}.${process.pid}.tmp`;
      await buildDatabase(building, wanted, people, seed);
      const db = new Database(building);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode = DELETE'); // one self-contained file...
      db.close();
      renameSync(building, template);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  copyFileSync(template, file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL'); // ...back in WAL mode for the copy, as the server opens it
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
