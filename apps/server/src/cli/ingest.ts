import { existsSync, statSync } from 'node:fs';

import type { IngestProgress } from '@musaeid/db';

import { CliError } from './CliError';
import { dbFile } from './dbFile';
import { progressBar } from './progressBar';

export async function runIngest(o: { from: string; db: string; databaseUrl?: string }): Promise<void> {
  if (!existsSync(o.from) || !statSync(o.from).isDirectory()) throw new CliError(`--from ${o.from} is not a folder`);
  const { IngestError, formatIngestReport, ingestCsvFolder, ingestCsvFolderToPostgres, isPostgresUrl } =
    await import('@musaeid/db');
  const { databaseUrl } = o;
  if (databaseUrl !== undefined && !isPostgresUrl(databaseUrl))
    throw new CliError(`--database-url must be postgres://user@host:port/database (got ${databaseUrl})`);
  const bar = progressBar('ingest');
  try {
    const onProgress = (p: IngestProgress) =>
      bar.update(p.bytes, p.totalBytes, `${p.rows.toLocaleString('en')} rows · ${p.file}`);
    const report =
      databaseUrl !== undefined
        ? await ingestCsvFolderToPostgres({ from: o.from, databaseUrl, onProgress })
        : await ingestCsvFolder({ from: o.from, db: dbFile(o.db, { create: true }), onProgress });
    bar.end();
    process.stdout.write(`${formatIngestReport(report)}\n`);
  } catch (error) {
    bar.end();
    if (error instanceof IngestError) throw new CliError(`${error.message} (database left unchanged)`);
    throw error;
  }
}
