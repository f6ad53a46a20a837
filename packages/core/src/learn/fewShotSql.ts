import type { CompileDialect } from '../generate/offline/compile/CompileDialect';
import { compileRequest } from '../generate/offline/compile/compileRequest';
import { validateRequest } from '../generate/offline/validate/validateRequest';
import { requestOf } from './reuseVerifiedExample';
import type { VerifiedExample } from './VerifiedExample';

/** A bound value as a SQL literal: numbers as they are, text quoted with its quotes doubled. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The statement with its `?` placeholders replaced by the values, for a model to read (never to run: what runs
 * keeps its bound parameters). A `?` inside a quoted literal or identifier is left alone.
 * @example inlineParams('SELECT "name" FROM "events" WHERE "country" = ?', ['SG']) // ... "country" = 'SG'
 */
export function inlineParams(sql: string, params: readonly unknown[]): string {
  let out = '';
  let next = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?' && next < params.length) {
      out += literal(params[next++]);
    } else out += ch;
  }
  return out;
}

/**
 * The SQL a verified example shows a model as a worked example: its offline request compiled with the values
 * written in (a model cannot bind parameters), or the SQL a model wrote for it; null when it holds neither.
 */
export function fewShotSql(example: VerifiedExample, dialect: CompileDialect): string | null {
  const request = requestOf(example);
  if (request && !validateRequest(request)) {
    const compiled = compileRequest(request, dialect);
    return inlineParams(compiled.sql, compiled.params);
  }
  return example.generator === 'offline' ? null : example.sql;
}
