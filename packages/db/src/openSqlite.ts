import Database from 'better-sqlite3';

/** Options of {@link openSqlite}. */
export interface OpenSqliteOptions {
  /** Open for reading only: the file must exist and every write is refused (`PRAGMA query_only`). */
  readonly?: boolean;
}

/**
 * Opens a SQLite file with the settings every Musaeid connection shares: WAL (readers never block the writer),
 * a 5 s busy timeout (wait for a concurrent writer instead of failing), and enforced foreign keys.
 *
 * @example const db = openSqlite('data/musaeid.db', { readonly: true }); db.prepare('SELECT count(*) FROM events').pluck().get();
 */
export function openSqlite(file: string, opts: OpenSqliteOptions = {}): Database.Database {
  const db = new Database(file, { readonly: opts.readonly === true, fileMustExist: opts.readonly === true });
  try {
    db.pragma('busy_timeout = 5000');
    if (opts.readonly) {
      db.pragma('query_only = ON');
    } else {
      // journal_mode is persistent in the file; setting it only when needed avoids a write on every open.
      if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
