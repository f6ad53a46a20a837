import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ingestCsvFolder } from '../ingest/ingestCsvFolder';
import type { IngestProgress, IngestReport } from '../ingest/IngestReport';
import { generateDemoData } from './generateDemoData';

/**
 * Generates demo CSVs into a temporary folder and ingests them through the same path as real data
 * (migrate + ingestCsvFolder). The folder is removed afterwards.
 *
 * @example const report = await seedDemoDatabase({ db: 'data/musaeid.db', people: 6000 });
 */
export async function seedDemoDatabase(opts: {
  db: string;
  seed?: number;
  people?: number;
  today?: string;
  onProgress?: (p: IngestProgress) => void;
}): Promise<IngestReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'musaeid-demo-'));
  try {
    await generateDemoData({ outDir: dir, seed: opts.seed, people: opts.people, today: opts.today });
    return await ingestCsvFolder({ from: dir, db: opts.db, onProgress: opts.onProgress });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
