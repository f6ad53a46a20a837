import { dbFile } from './dbFile';
import { progressBar } from './progressBar';

export async function runDemo(o: { db: string; people?: number; seed?: number }): Promise<void> {
  const file = dbFile(o.db, { create: true });
  const { formatIngestReport, seedDemoDatabase } = await import('@musaeid/db');
  const bar = progressBar('demo');
  const report = await seedDemoDatabase({
    db: file,
    onProgress: (p) => bar.update(p.bytes, p.totalBytes, `${p.rows.toLocaleString('en')} rows · ${p.file}`),
    ...(o.people !== undefined ? { people: o.people } : {}),
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
  });
  bar.end();
  process.stdout.write(`${formatIngestReport(report)}\n`);
}
