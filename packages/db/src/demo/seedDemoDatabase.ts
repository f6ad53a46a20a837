import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ingestCsvFolder } from '../ingest/ingestCsvFolder';
import { ingestCsvFolderToPostgres } from '../postgres/ingestCsvFolderToPostgres';
import type { IngestProgress, IngestReport } from '../ingest/IngestReport';
import { generateDemoData } from './generateDemoData';

/**
 * Generates demo CSVs into a temporary folder and ingests them through the same path as real data
 * (migrate + ingestCsvFolder, or ingestCsvFolderToPostgres given `databaseUrl`). The folder is removed afterwards.
 *
 * @example const report = await seedDemoDatabase({ db: 'data/musaeid.db', people: 6000 });
 */
export async function seedDemoDatabase(opts: {
  /** The SQLite file; ignored when `databaseUrl` is given. */
  db: string;
  /** A PostgreSQL database (`postgres://...`) instead of the SQLite file. */
  databaseUrl?: string;
  seed?: number;
  people?: number;
  today?: string;
  onProgress?: (p: IngestProgress) => void;
}): Promise<IngestReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'musaeid-demo-'));
  try {
    await generateDemoData({ outDir: dir, seed: opts.seed, people: opts.people, today: opts.today });
    return opts.databaseUrl === undefined
      ? await ingestCsvFolder({ from: dir, db: opts.db, onProgress: opts.onProgress })
      : await ingestCsvFolderToPostgres({ from: dir, databaseUrl: opts.databaseUrl, onProgress: opts.onProgress });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
