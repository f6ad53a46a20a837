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
 * Marks between words in the data's text (titles, names, venues, industries): read as spaces by the word tests. An
 * underscore, a long dash and a full-width bar join words as a hyphen does ("Head Of Business Development_Asia
 * Pacific Region", "DIRECTOR—NORTH AMERICAN SALES"); the ingestion's title classifier reads them so too.
 */
const WORD_BREAKS = [
  ',',
  '/',
  '-',
  '_',
  '\u2013',
  '\u2014',
  '&',
  '(',
  ')',
  '.',
  '|',
  '\uff5c',
  ':',
  ';',
  '@',
  '+',
  '#',
  '*',
  "'",
  '"',
  '!',
  '?',
];

/** The column lower-cased with its punctuation turned into spaces and padded by a space each side: every word is ' word '. */
function spacedWords(column: string): string {
  let expr = `lower(${column})`;
  for (const ch of WORD_BREAKS) expr = `replace(${expr}, '${ch.replaceAll("'", "''")}', ' ')`;
  return `(' ' || ${expr} || ' ')`;
}

/** A typed word as a LIKE pattern piece: the wildcards `%` and `_` it may hold are no wildcards here. */
function literalPiece(word: string): string {
  return word.replace(/[%_\\]/g, '');
}

/**
 * A LIKE of `core` (a pattern without its outer `%`) that starts at a word start and, unless `open`, ends at a
 * word end: a cheap substring test first (the words in order, any marks between them: "Key-Account"), so the word
 * test only runs on candidate rows.
 */
function boundedLike(b: SqlBuilder, column: string, core: string, open: boolean): string {
  const like = b.dialect.like;
  return `(${like(column, b.bind(`%${core.replaceAll(' ', '%')}%`))} AND ${like(spacedWords(column), b.bind(`% ${core}${open ? '%' : ' %'}`))})`;
}

/**
 * A whole-word LIKE on a text column: punctuation is turned into spaces and the value padded, so
 * `wordLike(b, 'p.job_title', 'ceo')` matches "Founder & CEO" and "CEO, APAC" but not "CEOs office".
 */
export function wordLike(b: SqlBuilder, column: string, phrase: string): string {
  const words = phrase.toLowerCase().split(' ').map(literalPiece).filter(Boolean);
  return boundedLike(b, column, words.join(' '), false);
}

/** A word short enough to sit inside many others ("ai" in "retail", "Dubai"), or an acronym (no vowel: "crm", "b2b"). */
function isWholeTokenWord(word: string): boolean {
  return word.length <= 3 || !/[aeiouy]/.test(word);
}

/**
 * A word (or words) the user typed, tested on a text column at word boundaries, never inside another word: a
 * short word or an acronym is a whole token, in the singular or plural ("ai" matches "AI, Cloud" and not "Retail"
 * nor "Dubai"; "ev" matches "EVs"); a longer word starts a word and may carry an ending ("bank" matches "Banking",
 * not "Citibank"). Several words stay next to each other in their order.
 * @example typedWordLike(b, '"e"."name"', 'ai') // matches "Big Data & AI World", not "Retail Asia"
 */
export function typedWordLike(b: SqlBuilder, column: string, typed: string): string {
  const words = typed.toLowerCase().split(' ').map(literalPiece).filter(Boolean);
  const core = words.join(' ');
  const last = words[words.length - 1] ?? '';
  if (!isWholeTokenWord(last)) return boundedLike(b, column, core, true);
  return `(${boundedLike(b, column, core, false)} OR ${boundedLike(b, column, `${core}s`, false)})`;
}

/**
 * A LIKE pattern of the index (`values/ValueIndex.ts` toLike: '%sands_expo%', runs kept in order) held to word
 * boundaries at both ends: "sands expo" is no match inside "Thousands Exposition".
 */
export function patternWordLike(b: SqlBuilder, column: string, pattern: string): string {
  const core = pattern.replace(/^%+|%+$/g, '');
  return boundedLike(b, column, core, false);
}
