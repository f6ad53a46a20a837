import { type CompileDialect, SQLITE_COMPILE_DIALECT } from './CompileDialect';

/** Quotes an identifier for SQLite: `a"b` becomes `"a""b"`. */
export function q(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** `"alias"."column"` */
export function col(alias: string, column: string): string {
  return `${q(alias)}.${q(column)}`;
}

/**
 * How a link to a set of other rows is written where conditions are being compiled (see compileRequest's
 * `member`):
 * - `sets`: the conditions are tested over a whole table: `x IN (SELECT key ...)`, each linked set built once.
 * - `walkedRow`: they are tested on each row of a first-page walk (a few thousand rows): a link is followed from
 *   the row, a correlated `EXISTS (SELECT 1 ... AND key = x)` found through an index, instead of the whole linked
 *   set built for those few rows.
 * - `probe`: inside such a probe: a link is a probe too when few rows share each key (an id, a company's
 *   participations or people); a set of event ids drawn from participations stays a set built once (following an
 *   event's participations from each row would fan out to hundreds).
 */
export type LinkMode = 'sets' | 'walkedRow' | 'probe';

/** Collects bound parameters and hands out fresh table aliases while a statement is compiled. */
export class SqlBuilder {
  readonly params: unknown[] = [];
  private aliasCount = 0;
  #linkMode: LinkMode;

  constructor(
    readonly dialect: CompileDialect = SQLITE_COMPILE_DIALECT,
    linkMode: LinkMode = 'sets',
  ) {
    this.#linkMode = linkMode;
  }

  get linkMode(): LinkMode {
    return this.#linkMode;
  }

  /** `build()` compiled with links written as `mode` says, the mode before restored afterwards. */
  withLinkMode<T>(mode: LinkMode, build: () => T): T {
    const before = this.#linkMode;
    this.#linkMode = mode;
    try {
      return build();
    } finally {
      this.#linkMode = before;
    }
  }

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
