/**
 * Test helper: locates the real ByteGenie CSVs (../shared/data/bytegenie from the repo root) and reads
 * them. Tests that need them use `describe.skipIf(!hasRealData)` and warn visibly when they are absent.
 * Only the test files import this module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const realDataDir = path.resolve(repoRoot, '../shared/data/bytegenie');
export const hasRealData = fs.existsSync(path.join(realDataDir, 'people_info.csv'));

export function warnIfNoRealData(what: string): void {
  if (!hasRealData) console.warn(`[derive] SKIPPED real-data tests for ${what}: ${realDataDir} not found`);
}

export type CsvRow = Record<string, string>;

const cache = new Map<string, CsvRow[]>();
export function readRealCsv(file: 'event_info.csv' | 'company_info.csv' | 'people_info.csv'): CsvRow[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const rows = parse(fs.readFileSync(path.join(realDataDir, file)), {
    columns: true,
    skip_empty_lines: true,
  }) as CsvRow[];
  cache.set(file, rows);
  return rows;
}

export function col(row: CsvRow, name: string): string {
  return row[name] ?? '';
}
