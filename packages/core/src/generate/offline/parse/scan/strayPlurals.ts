/**
 * "the ceo s", "cto s and cfo s", "vp s of sales": a lone "s" typed apart from the noun before it is that noun's
 * plural ending (the apostrophe or the key press lost), never a word of its own (it was refused: "the data has
 * nothing on 's'"). Only after a noun the scan read (a role, a noun of rows, a field): elsewhere the letter is left
 * for the readers that follow, and reported unread when none takes it.
 */
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** Readings of a noun that takes a plural ending. */
const PLURAL_NOUNS: ReadonlySet<Mention['t']> = new Set(['title', 'seniority', 'function', 'entity', 'attribute']);

/** Joins each free lone "s" to the noun mention ending right before it. */
export function readStrayPlurals(s: ScanState): void {
  for (let i = 1; i < s.w.length; i++) {
    if (s.w[i] !== 's' || s.claimed[i] || s.breaks.has(i) || s.tokens[i]?.raw !== 's') continue;
    const noun = s.mentions.find((m) => m.end === i && PLURAL_NOUNS.has(m.t));
    if (!noun) continue;
    s.claimed[i] = true;
    noun.end = i + 1;
    noun.text = `${noun.text} s`;
  }
}
