import { dbFile } from './dbFile';

export async function runDemo(o: { db: string; people?: number; seed?: number }): Promise<void> {
  const file = dbFile(o.db, { create: true });
  const { formatIngestReport, seedDemoDatabase } = await import('@musaeid/db');
  const started = performance.now();
  const report = await seedDemoDatabase({
    db: file,
    ...(o.people !== undefined ? { people: o.people } : {}),
    ...(o.seed !== undefined ? { seed: o.seed } : {}),
  });
  process.stdout.write(
    report ? `${formatIngestReport(report)}\n` : `Demo data ingested into ${file} in ${Math.round(performance.now() - started)} ms\n`,
  );
}
