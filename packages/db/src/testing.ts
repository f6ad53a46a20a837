/** Helpers shared by this package's tests (real SQLite files in a temp dir, the real CSVs when present). */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type Database from 'better-sqlite3';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const realDataDir = path.resolve(repoRoot, '../shared/data/bytegenie');
export const hasRealData = fs.existsSync(path.join(realDataDir, 'people_info.csv'));

/** A fresh temp folder, removed by the caller's afterAll via {@link removeTmp}. */
export function makeTmp(prefix = 'musaeid-db-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeTmp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The data tables' rows (ingestion log excluded), ordered, for comparing two databases' content. */
export function dumpData(db: Database.Database): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of ['events', 'tags', 'event_tags', 'companies', 'company_industries', 'participations', 'people']) {
    out[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).raw().all();
  }
  return out;
}
