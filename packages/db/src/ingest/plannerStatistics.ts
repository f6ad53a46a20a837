import { DATA_TABLES } from '../DATA_TABLES';

/**
 * The statement that gathers the query planner's statistics on the data tables, run at the end of every ingest (and
 * once by migration 20261205044000 for data ingested before). Without them SQLite guesses every index equally
 * selective and PostgreSQL plans from its defaults until autovacuum gets to a freshly bulk-loaded table; with them,
 * on the generated 1,000,000-person database, SQLite drives the showcase question's events by date rather than by
 * country (the narrower set there) and its first page cost less CPU. A full ANALYZE there takes ~3 s on SQLite, a
 * sample on PostgreSQL: a small part of the ingest.
 */
export function analyzeDataTables(backend: 'sqlite' | 'postgresql'): string {
  // SQLite's ANALYZE takes one name at most: the whole database (the app tables are small).
  return backend === 'sqlite' ? 'ANALYZE' : `ANALYZE ${DATA_TABLES.map((t) => `"${t.name}"`).join(', ')}`;
}
