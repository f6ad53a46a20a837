import type BetterSqlite3 from 'better-sqlite3';
import type { SqlGenerator } from './SqlGenerator';

interface OfflineModule {
  OfflineSqlGenerator: { create(options: { db: BetterSqlite3.Database }): SqlGenerator | Promise<SqlGenerator> };
}

/** Loads the offline generator (generate/offline, its own issue) over a read-only connection. */
export async function loadOfflineGenerator(db: BetterSqlite3.Database): Promise<SqlGenerator> {
  const url = new URL('./offline/index.ts', import.meta.url).href;
  const module = (await import(/* @vite-ignore */ url)) as OfflineModule;
  return await module.OfflineSqlGenerator.create({ db });
}
