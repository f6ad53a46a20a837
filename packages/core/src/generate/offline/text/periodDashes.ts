import { MONTHS } from '../lexicon/timeWords';

/**
 * Every month word of the lexicon ("dec", "sept", "february"), longest first so a regex takes the whole word, and
 * the quarters and halves ("q1", "h2"): the periods a range is typed between.
 */
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
const MONTH = `(?:${MONTH_WORDS.join('|')}|q[1-4]|h[12])`;

/**
 * A dash between two months (or quarters, halves): a hyphen, an en dash or an em dash, with or without spaces, after a month that may
 * carry its year or day ("dec-feb", "sep–nov", "dec 2024 - feb 2025", "Nov 5–Jan 10"), before a month.
 */
const MONTH_DASH = new RegExp(`(?<![\\w-])(${MONTH}(?:\\s+\\d{1,4})?)\\s*[-–—]\\s*(?=${MONTH}(?![\\w-]))`, 'gi');

/**
 * Reads a dash between two months as "to", the way the time reader reads a range said in words: "winter (dec-feb)"
 * is December to February, one window across the year boundary, not December and February as two conditions
 * (which intersect to nothing); so is "q1-q2 2025". The tokenizer already reads a dash between two numbers so ("5-10 staff");
 * a hyphen inside a word that is no month ("mid-march", "Jan-Erik") is left alone.
 * @example readPeriodDashes('events sep–nov') // 'events sep to nov'
 */
export function readPeriodDashes(text: string): string {
  return text.replace(MONTH_DASH, '$1 to ');
}

/**
 * "from here on", "from here on out / in": "here" after "from" and before "on" is the present point in time, the idiom
 * "from now on" (events starting today or later), never a place.
 * @example readPresentDeixis('whats on at suntec from here on out') // 'whats on at suntec from now on'
 */
export function readPresentDeixis(text: string): string {
  return text.replace(/\bfrom\s+here\s+on(?:\s+(?:out|in))?\b/gi, 'from now on');
}
