import { dbFile } from './dbFile';

export async function runMigrate(o: { db: string }): Promise<void> {
  const file = dbFile(o.db, { create: true });
  const { migrate } = await import('@musaeid/db');
  const { applied } = await migrate(file);
  process.stdout.write(
    applied.length === 0
      ? `${file}: schema up to date\n`
      : `${file}: applied ${applied.length} migration(s): ${applied.join(', ')}\n`,
  );
}
