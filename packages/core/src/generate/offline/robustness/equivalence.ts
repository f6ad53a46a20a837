/**
 * When is the engine's answer the expected one? Both statements run on the same database and their results are
 * compared as sets: a list by the identifying columns of the expected entity (event name and URL, company name
 * and domain, person and company domain), order-insensitive, so a different but equivalent request (another
 * join path, a participation list instead of a company list) counts; a count by its number, in a one-row result.
 * The shape is part of it: a count never matches a list and a list never matches a count.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { compileRequest } from '../compile/compileRequest';
import type { Request } from '../ir/Request';

export interface Result {
  columns: string[];
  rows: unknown[][];
}

/** The columns that identify a listed row. */
const IDENTITY_COLUMNS: readonly string[] = ['event', 'url', 'company', 'domain', 'full_name', 'company_domain'];

export function run(db: BetterSqlite3.Database, sql: string, params: readonly unknown[]): Result {
  const stmt = db.prepare(sql);
  const rows = stmt.raw(true).all(...params) as unknown[][];
  return { columns: stmt.columns().map((c) => c.name), rows };
}

export function runRequest(db: BetterSqlite3.Database, request: Request): Result {
  const compiled = compileRequest(request);
  return run(db, compiled.sql, compiled.params);
}

/** What is compared: the number of a count, or the set of identifying tuples of a list. */
export type Fingerprint = { kind: 'count'; value: number } | { kind: 'list'; columns: string[]; keys: Set<string> };

export function fingerprint(request: Request, result: Result): Fingerprint {
  if (request.shape.kind === 'count') return { kind: 'count', value: Number(result.rows[0]?.[0] ?? Number.NaN) };
  const columns = IDENTITY_COLUMNS.filter((c) => result.columns.includes(c));
  return { kind: 'list', columns, keys: keysOf(result, columns) };
}

function keysOf(result: Result, columns: readonly string[]): Set<string> {
  const at = columns.map((c) => result.columns.indexOf(c));
  return new Set(result.rows.map((r) => JSON.stringify(at.map((i) => r[i] ?? null))));
}

/** Whether a result (of any request) gives the expected answer. */
export function matches(expected: Fingerprint, got: Result): boolean {
  if (expected.kind === 'count') {
    return got.rows.length === 1 && got.columns.length > 0 && Number(got.rows[0]?.[0]) === expected.value;
  }
  if (!expected.columns.every((c) => got.columns.includes(c)) || expected.columns.length === 0) return false;
  const keys = keysOf(got, expected.columns);
  return keys.size === expected.keys.size && [...keys].every((k) => expected.keys.has(k));
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  if (a.kind === 'count') return b.kind === 'count' && a.value === b.value;
  if (b.kind === 'count') return false;
  return a.keys.size === b.keys.size && [...a.keys].every((k) => b.keys.has(k));
}

/** A request without labels and with its conditions sorted, to compare two requests' meaning exactly. */
export function normalized(request: Request): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const items = v.map(strip);
      return items.every((x) => typeof x === 'object' && x !== null)
        ? items
            .map((x) => JSON.stringify(x))
            .sort()
            .map((x) => JSON.parse(x) as unknown)
        : items;
    }
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) {
      if (['label', 'names', 'words', 'ignored', 'attributes'].includes(k)) continue;
      out[k] = strip(x);
    }
    return out;
  };
  return JSON.stringify(strip(request));
}
