/**
 * Test helper: reads the real ByteGenie CSVs (located by @musaeid/testkit) as records. Tests that need
 * them use `describe.skipIf(!hasRealData)` and warn visibly when they are absent.
 * Only the test files import this module.
 */
import fs from 'node:fs';
import path from 'node:path';

import { realDataDir } from '@musaeid/testkit';
import { parse } from 'csv-parse/sync';

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
