/**
 * A generated data set of N people for the benches, built once and kept in a cache folder under the system's
 * temporary directory (`musaeid-bench-cache/people-<N>/`): the CSVs and the SQLite database ingested from them.
 * Generating and ingesting 1,000,000 people takes minutes on this machine; the cached copy is reused by every later
 * run with the same N (same seed and date: byte-identical data). A folder whose database was not finished is
 * rebuilt (the `.done` marker is written last).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { generateDemoData, ingestCsvFolder, migrate } from '@musaeid/db';

/** The date the generated events are placed around; benches ask "as of" it. */
export const GENERATED_TODAY = '2026-01-15';
const SEED = 1;

export interface GeneratedDatabase {
  /** Folder holding event_info.csv, company_info.csv and people_info.csv. */
  csvDir: string;
  /** The SQLite database ingested from them (open it read-only). */
  dbFile: string;
}

/** The cached data set of `people` people, generated and ingested on first use. */
export async function generatedDatabase(people: number, log: (line: string) => void): Promise<GeneratedDatabase> {
  const dir = path.join(os.tmpdir(), 'musaeid-bench-cache', `people-${people}`);
  const csvDir = path.join(dir, 'csv');
  const dbFile = path.join(dir, 'data.db');
  const done = path.join(dir, '.done');
  if (fs.existsSync(done)) {
    // A cached database made before a later migration (an index, say) gets it now; a no-op when up to date.
    await migrate(dbFile);
    return { csvDir, dbFile };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const started = performance.now();
  log(`(generating ${people.toLocaleString('en')} people into ${dir}: once, reused by later runs)`);
  await generateDemoData({ outDir: csvDir, seed: SEED, people, today: GENERATED_TODAY });
  await migrate(dbFile);
  await ingestCsvFolder({ from: csvDir, db: dbFile });
  fs.writeFileSync(done, new Date().toISOString());
  log(`(generated and ingested in ${Math.round((performance.now() - started) / 1000)} s)`);
  return { csvDir, dbFile };
}
