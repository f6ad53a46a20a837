import type BetterSqlite3 from 'better-sqlite3';

/** A better-sqlite3 connection (opened by `openSqlite` of `@musaeid/db`: WAL, busy timeout, foreign keys). */
export type Db = BetterSqlite3.Database;

export const nowIso = (): string => new Date().toISOString();

/** Opaque keyset cursor over (timestamp, id). */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { at: string; id: string } | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const bar = text.indexOf('|');
  if (bar <= 0) return null;
  return { at: text.slice(0, bar), id: text.slice(bar + 1) };
}

/**
 * Prepared statements of one connection, prepared on first use and kept (keyed by their SQL text,
 * a fixed set per store): preparing costs more than running most of the app's statements.
 */
export class Statements {
  private readonly cache = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly db: Db) {}

  get(sql: string): BetterSqlite3.Statement {
    let statement = this.cache.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.cache.set(sql, statement);
    }
    return statement;
  }
}
