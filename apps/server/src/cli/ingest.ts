import { existsSync, statSync } from 'node:fs';

import { CliError } from './CliError';
import { dbFile } from './dbFile';
import { progressBar } from './progressBar';

export async function runIngest(o: { from: string; db: string }): Promise<void> {
  if (!existsSync(o.from) || !statSync(o.from).isDirectory()) throw new CliError(`--from ${o.from} is not a folder`);
  const file = dbFile(o.db, { create: true });
  const { IngestError, formatIngestReport, ingestCsvFolder } = await import('@musaeid/db');
  const bar = progressBar('ingest');
  try {
    const report = await ingestCsvFolder({
      from: o.from,
      db: file,
      onProgress: (p) => bar.update(p.bytes, p.totalBytes, `${p.rows.toLocaleString('en')} rows · ${p.file}`),
    });
    bar.end();
    process.stdout.write(`${formatIngestReport(report)}\n`);
  } catch (error) {
    bar.end();
    if (error instanceof IngestError) throw new CliError(`${error.message} (database left unchanged)`);
    throw error;
  }
}
