import type Database from 'better-sqlite3';

/**
 * Bulk-load trick: when a table starts (nearly) empty, its secondary indexes are dropped before the load and
 * rebuilt after it, inside the same transaction. Building an index once by sorting is much faster than
 * updating it row by row in random key order. Unique constraints stay (merging by natural key needs them).
 * Returns the function that recreates the indexes.
 */
export function deferIndexes(db: Database.Database, table: string, maxRows = 1000): () => void {
  const rows = db
    .prepare(`SELECT count(*) FROM (SELECT 1 FROM "${table}" LIMIT ?)`)
    .pluck()
    .get(maxRows + 1) as number;
  if (rows > maxRows) return () => {};
  // Only indexes created by CREATE INDEX have SQL; constraint indexes (sqlite_autoindex_*) have none.
  const indexes = db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
    )
    .all(table) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  return () => {
    for (const index of indexes) db.exec(index.sql);
  };
}
