/**
 * Migrates `file` unless every known migration is already recorded in it: the check is one
 * SELECT, so commands on an up-to-date database skip starting the ORM.
 */
export async function ensureMigrated(file: string): Promise<string[]> {
  const { MIGRATIONS, migrate, openSqlite } = await import('@musaeid/db');
  try {
    const db = openSqlite(file, { readonly: true });
    try {
      const applied = new Set(db.prepare('SELECT "name" FROM "mikro_orm_migrations"').pluck().all() as string[]);
      if (MIGRATIONS.every((m) => applied.has(m.name))) return [];
    } finally {
      db.close();
    }
  } catch {
    // no file yet, or no migrations table: migrate below
  }
  return (await migrate(file)).applied;
}
