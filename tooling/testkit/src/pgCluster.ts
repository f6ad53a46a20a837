import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { freePort } from './freePort';

/** Where Debian's `postgresql-15` package puts the server binaries (`.ci/run` installs it when absent). */
export const PG_BIN_DIR = '/usr/lib/postgresql/15/bin';

/** A running throwaway PostgreSQL cluster: trust authentication on 127.0.0.1, fsync off, its folder removed by {@link PgCluster.stop}. */
export interface PgCluster {
  /** Superuser URL of the `postgres` database, e.g. `postgres://postgres@127.0.0.1:54321/postgres`. */
  readonly url: string;
  readonly port: number;
  /** The cluster's temporary folder (data directory and socket). */
  readonly dir: string;
  /** Creates an empty database and returns its superuser URL (one per test file keeps tests independent). */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (immediate mode: nothing in it is kept) and removes its folder. */
  stop(): Promise<void>;
}

/** The outcome of {@link tryStartPgCluster}: a cluster, or why none could be started. */
export type PgClusterAttempt = { cluster: PgCluster; reason?: undefined } | { cluster?: undefined; reason: string };

async function exec(command: string, args: readonly string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    execFile(command, args, { timeout: 120_000 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(command)} failed: ${error.message}\n${stderr}`));
      else resolve();
    });
  });
}

/**
 * Runs a PostgreSQL binary. initdb and postgres refuse to run as root, so as root they run as the
 * `postgres` user that Debian's package creates (`runuser`); as anyone else, directly.
 */
async function execPg(binary: string, args: readonly string[]): Promise<void> {
  const command = path.join(PG_BIN_DIR, binary);
  if (process.getuid?.() === 0) await exec('runuser', ['-u', 'postgres', '--', command, ...args]);
  else await exec(command, args);
}

function postgresUid(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  // Debian's package creates the user; without it the cluster cannot start as root (reported, not guessed around).
  const uid = execFileSyncText('id', ['-u', 'postgres']);
  const gid = execFileSyncText('id', ['-g', 'postgres']);
  if (uid === undefined || gid === undefined) throw new Error('running as root and there is no postgres user');
  return { uid: Number(uid), gid: Number(gid) };
}

function execFileSyncText(command: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * Starts a throwaway PostgreSQL 15 cluster: `initdb` into a new temporary folder (trust authentication,
 * no sync), `pg_ctl start` on a free port of 127.0.0.1 with `fsync=off` (tests and benches never need
 * durability), the socket in the same folder. Throws when the binaries are absent or the server cannot start.
 *
 * @example const pgc = await startPgCluster(); const url = await pgc.createDatabase('ingest'); ...; await pgc.stop();
 */
export async function startPgCluster(): Promise<PgCluster> {
  if (!existsSync(path.join(PG_BIN_DIR, 'initdb'))) {
    throw new Error(`PostgreSQL 15 is not installed (${PG_BIN_DIR} is absent; apt-get install -y postgresql-15)`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'musaeid-pg-'));
  const dataDir = path.join(dir, 'data');
  let started = false;
  try {
    const owner = postgresUid();
    if (owner) chownSync(dir, owner.uid, owner.gid);
    await execPg('initdb', ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      "-c listen_addresses='127.0.0.1'",
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    await execPg('pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start']);
    started = true;
    const base = `postgres://postgres@127.0.0.1:${port}`;
    return {
      url: `${base}/postgres`,
      port,
      dir,
      async createDatabase(name: string): Promise<string> {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
        const client = new pg.Client({ connectionString: `${base}/postgres` });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE "${name}"`);
        } finally {
          await client.end();
        }
        return `${base}/${name}`;
      },
      async stop(): Promise<void> {
        try {
          await execPg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    if (started) await execPg('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * {@link startPgCluster} for test files: where PostgreSQL cannot be started the attempt says why, and the
 * caller skips its PostgreSQL tests with that reason; under `CI=true` (`.ci/run`) PostgreSQL is required,
 * so the failure is thrown instead.
 *
 * @example
 * const pgc = await tryStartPgCluster();
 * describe.skipIf(!pgc.cluster)('on PostgreSQL', () => { afterAll(() => pgc.cluster?.stop()); ... });
 */
export async function tryStartPgCluster(): Promise<PgClusterAttempt> {
  try {
    return { cluster: await startPgCluster() };
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`PostgreSQL tests skipped: ${reason}`);
    return { reason };
  }
}
