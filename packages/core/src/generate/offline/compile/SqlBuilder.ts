import { type CompileDialect, SQLITE_COMPILE_DIALECT } from './CompileDialect';

/** Quotes an identifier for SQLite: `a"b` becomes `"a""b"`. */
export function q(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `"alias"."column"` */
export function col(alias: string, column: string): string {
  return `${q(alias)}.${q(column)}`;
}

/** Collects bound parameters and hands out fresh table aliases while a statement is compiled. */
export class SqlBuilder {
  readonly params: unknown[] = [];
  private aliasCount = 0;

  constructor(readonly dialect: CompileDialect = SQLITE_COMPILE_DIALECT) {}

  /** Binds a value and returns its placeholder. */
  bind(value: unknown): string {
    this.params.push(value);
    return '?';
  }

  /** `(?, ?, ?)` for a list of values. */
  list(values: readonly unknown[]): string {
    return `(${values.map((v) => this.bind(v)).join(', ')})`;
  }

  alias(prefix: string): string {
    this.aliasCount += 1;
    return `${prefix}${this.aliasCount}`;
  }
}

/**
 * A whole-word LIKE on a text column: punctuation is turned into spaces and the value padded, so
 * `wordLike(b, 'p.job_title', 'ceo')` matches "Founder & CEO" and "CEO, APAC" but not "CEOs office".
 */
export function wordLike(b: SqlBuilder, column: string, phrase: string): string {
  let expr = `lower(${column})`;
  for (const ch of [',', '/', '-', '&', '(', ')', '.', '|', ':', ';', '@', '+'])
    expr = `replace(${expr}, '${ch}', ' ')`;
  // a cheap substring test first, so the word test only runs on candidate rows
  const words = phrase.toLowerCase().split(' ').filter(Boolean);
  const like = b.dialect.like;
  return `(${like(column, b.bind(`%${words.join('%')}%`))} AND ${like(`(' ' || ${expr} || ' ')`, b.bind(`% ${words.join(' ')} %`))})`;
}
