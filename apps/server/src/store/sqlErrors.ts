/** The SQLite error code (`SQLITE_FULL`, `SQLITE_BUSY`, ...) of an error or its causes. */
export function sqliteCode(error: unknown): string | null {
  return errorCode(error, (code) => code.startsWith('SQLITE_'));
}

/** The PostgreSQL SQLSTATE (`23505`, `53100`, ...) of an error or its causes. */
export function postgresCode(error: unknown): string | null {
  // Errors the server sent carry a severity beside the SQLSTATE (socket errors have codes such as EPIPE).
  return errorCode(error, (code, e) => code.length === 5 && typeof (e as { severity?: unknown }).severity === 'string');
}

function errorCode(error: unknown, matches: (code: string, e: unknown) => boolean): string | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && matches(code, e)) return code;
  }
  return null;
}

/** A unique index refused the row (SQLite's constraint codes, PostgreSQL's unique_violation). */
export function isUniqueViolation(error: unknown): boolean {
  const code = sqliteCode(error);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return true;
  return postgresCode(error) === '23505';
}
