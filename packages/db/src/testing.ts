/** Helpers of this package's own tests (shared ones such as scratch folders and the real-data path are in @musaeid/testkit). */
import crypto from 'node:crypto';
import fs from 'node:fs';

import type Database from 'better-sqlite3';

import { createOrm } from './createOrm';
import { openSqlite } from './openSqlite';

export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The data tables' rows (ingestion log excluded), ordered, for comparing two databases' content. */
export function dumpData(db: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of [
    'events',
    'tags',
    'event_tags',
    'companies',
    'company_industries',
    'participations',
    'people',
    'person_job_functions',
  ]) {
    out[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).raw().all();
  }
  return out;
}

/**
 * A SQLite file as an earlier release left it: migrated up to and including `lastApplied`, then `seedSql` run
 * on it (rows a migration under test must carry over). Returns the file.
 */
export async function databaseMigratedTo(file: string, lastApplied: string, seedSql: string): Promise<string> {
  const orm = await createOrm(file);
  try {
    await orm.getMigrator().up({ to: lastApplied });
  } finally {
    await orm.close(true);
  }
  const db = openSqlite(file);
  try {
    db.exec(seedSql);
  } finally {
    db.close();
  }
  return file;
}
