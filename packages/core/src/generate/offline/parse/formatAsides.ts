/**
 * An aside about the answer's form in a clause of its own ("- just names is fine", "names only is ok", "a list is
 * good enough"): the speaker accepts a plain answer, which the list already is. A clause of only the words of such an
 * approval (an adverb of restriction, a noun of the answer's form, a form of "be" and a word of approval, which it must
 * hold) names nothing of the data: its words are discourse, its readings dropped ("fine" is no price, "names" no
 * field asked).
 */
import { clauseBounds, releaseClause } from './socialClauses';
import type { ScanState } from './scan/ScanState';

/** Words of approval that make the clause an aside about the answer. */
const APPROVAL_WORDS: ReadonlySet<string> = new Set(['fine', 'ok', 'okay', 'good', 'enough', 'great', 'perfect']);
/** The other words such a clause may hold: restriction, the answer's form, "be", politeness. */
const ASIDE_WORDS: ReadonlySet<string> = new Set([
  'just',
  'only',
  'simply',
  'the',
  'a',
  'names',
  'name',
  'list',
  'count',
  'number',
  'numbers',
  'is',
  'are',
  'be',
  'would',
  'will',
  'll',
  'd',
  's',
  'totally',
  'pls',
  'please',
  'thanks',
  'thx',
]);

/** Releases the clauses that only approve a plain answer; returns their token indices (discourse). */
export function releaseFormatAsides(text: string, s: ScanState): number[] {
  const { w } = s;
  const bounds = clauseBounds(text, w.length);
  if (!bounds || bounds.length < 2) return [];
  const released: number[] = [];
  for (const [a, b] of bounds) {
    const words = w.slice(a, b);
    if (!words.some((x) => APPROVAL_WORDS.has(x))) continue;
    if (!words.every((x) => APPROVAL_WORDS.has(x) || ASIDE_WORDS.has(x))) continue;
    releaseClause(s, [a, b], released);
  }
  return released;
}
