import { StorageUnavailableError } from '../errors';

/** The SQLite error code (`SQLITE_FULL`, `SQLITE_BUSY`, ...) of an error or its causes. */
export function sqliteCode(error: unknown): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return null;
}

/**
 * A typed error for a storage failure (full disk, read-only file, busy database, I/O error), or
 * null when `error` is not one. It maps to SERVICE_UNAVAILABLE: the request may succeed later.
 */
export function storageError(error: unknown): StorageUnavailableError | null {
  const code = sqliteCode(error);
  if (!code) return null;
  const message =
    code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR')
      ? 'Storage full: the database cannot grow (disk full or a file-size limit). Retry later; chat.send retried with the same clientMessageId is stored once.'
      : code.startsWith('SQLITE_READONLY')
        ? 'The database is read-only: nothing can be stored.'
        : code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
          ? 'The database is busy; retry shortly.'
          : null;
  if (!message) return null;
  return new StorageUnavailableError(message, { cause: error });
}
