/**
 * Vitest globalSetup (see vitest.config.ts): the demo database and the real CSVs' database that core's tests read,
 * built once per run and handed to every worker by path (`inject('fixtureDatabases')`). Each of ~180 test files
 * used to ingest the real CSVs again (3-9 s each) and ~170 to seed the demo data again (0.5-1.5 s each): most of
 * the suite's time in CI. The files are read-only to the tests (opened read-only, or copied by a test that writes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { TestProject } from 'vitest/node';
import { ingestCsvFolder, seedDemoDatabase } from '@musaeid/db';
import { hasRealData, realDataDir } from '@musaeid/testkit';

/** "Today" for the demo data and for the questions the offline generator's tests ask. */
export const AS_OF = '2024-07-15';

/** The shared databases' paths: the real CSVs' only when they are present. */
export interface FixtureDatabases {
  readonly demo: string;
  readonly real: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDatabases: FixtureDatabases;
  }
}

/** Folds the WAL into the main file: one self-contained file that any number of readers open read-only. */
function settle(file: string): void {
  const db = new Database(file);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'musaeid-core-fixtures-'));
  const demo = path.join(dir, 'demo.db');
  await seedDemoDatabase({ db: demo, seed: 7, people: 1500, today: AS_OF });
  settle(demo);
  let real: string | null = null;
  if (hasRealData) {
    real = path.join(dir, 'real.db');
    await ingestCsvFolder({ from: realDataDir, db: real });
    settle(real);
  }
  project.provide('fixtureDatabases', { demo, real });
  return () => rmSync(dir, { recursive: true, force: true });
}
