/** Helpers of this package's own tests (shared ones such as scratch folders and the real-data path are in @musaeid/testkit). */
import crypto from 'node:crypto';
import fs from 'node:fs';

import type Database from 'better-sqlite3';

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
