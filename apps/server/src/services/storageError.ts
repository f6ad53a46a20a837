import { StorageUnavailableError } from '../errors';
import { postgresCode, sqliteCode } from '../store/sqlErrors';

const FULL =
  'Storage full: the database cannot grow (disk full or a file-size limit). Retry later; chat.send retried with the same clientMessageId is stored once.';
const READ_ONLY = 'The database is read-only: nothing can be stored.';
const BUSY = 'The database is busy; retry shortly.';
const UNREACHABLE = 'The database cannot be reached; retry shortly.';

/** Node's socket errors when the PostgreSQL server is down or went away. */
const CONNECTION_ERRORS: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

function messageOf(error: unknown): string | null {
  const sqlite = sqliteCode(error);
  if (sqlite)
    return sqlite === 'SQLITE_FULL' || sqlite.startsWith('SQLITE_IOERR')
      ? FULL
      : sqlite.startsWith('SQLITE_READONLY')
        ? READ_ONLY
        : sqlite.startsWith('SQLITE_BUSY') || sqlite.startsWith('SQLITE_LOCKED')
          ? BUSY
          : null;
  const state = postgresCode(error);
  if (state) {
    if (state.startsWith('53')) return FULL; // insufficient resources: disk full, out of memory, too many connections
    if (state === '25006') return READ_ONLY; // read_only_sql_transaction (a standby, or a read-only role)
    if (state === '40001' || state === '40P01' || state === '55P03') return BUSY; // serialization, deadlock, lock timeout
    if (state.startsWith('08') || state.startsWith('57P')) return UNREACHABLE; // connection lost, server shutting down
    return null;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && CONNECTION_ERRORS.has(code)) return UNREACHABLE;
  if (error instanceof Error && /Connection terminated/.test(error.message)) return UNREACHABLE;
  return null;
}

/**
 * A typed error for a storage failure (full disk, read-only database, busy database, I/O error, a
 * PostgreSQL server out of reach), or null when `error` is not one. It maps to SERVICE_UNAVAILABLE:
 * the request may succeed later.
 */
export function storageError(error: unknown): StorageUnavailableError | null {
  const message = messageOf(error);
  return message === null ? null : new StorageUnavailableError(message, { cause: error });
}
