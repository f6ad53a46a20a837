/**
 * "events with more than 500 attendees", "fairs with over 1,000 visitors": a comparison with a number that no
 * recogniser could turn into a condition (the data holds no attendee or visitor count) is asked about, naming
 * the whole comparison, never dropped. Without this, the number was read as a "top N" that shaped nothing and
 * the question was answered without it.
 *
 * A comparison with no noun after it ("which event has the fewest companies, among those with at least one") counts
 * the noun the superlative measures: the number of those companies.
 *
 * Runs after quantities and time, which read every comparison the data supports ("more than 500 employees",
 * "more than 50 sponsors", "before 2025"): the comparisons left unread here are the ones it does not.
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import type { CompareOp } from '../../ir/Request';
import { COMPARATORS, COUNTED_NOUNS } from '../scanQuantity';
import { claim, type ScanState } from './ScanState';

/** Comparators of amounts (not of dates, and not the "=" of "in" / "of" / "only"). */
const AMOUNT_COMPARATORS: readonly (readonly [string[], CompareOp])[] = COMPARATORS.filter(
  ([phrase, op]) =>
    op !== '=' &&
    !['after', 'before', 'since', 'later than', 'earlier than', 'prior to', 'older than', 'younger than'].includes(
      phrase,
    ),
).map(([phrase, op]) => [phrase.split(' '), op] as const);

const MEASURING = new Set(['most', 'fewest', 'least', 'more', 'fewer', 'highest', 'lowest']);

/** The noun a superlative measures ("the fewest companies"), by the counted nouns of quantities. */
function measuredNoun(w: readonly string[]): string | null {
  for (let k = 0; k + 1 < w.length; k++)
    if (MEASURING.has(w[k] ?? '') && COUNTED_NOUNS[w[k + 1] ?? '']) return w[k + 1] ?? null;
  return null;
}

const isNumber = (x: string): boolean => /^\d[\d,.]*(k|m|bn|\+)?$/.test(x);

export function readUnreadComparisons(s: ScanState): void {
  const { w, claimed } = s;
  for (let i = 0; i < w.length; i++) {
    if (claimed[i]) continue;
    const found = AMOUNT_COMPARATORS.filter(([p]) => p.every((x, j) => w[i + j] === x && !claimed[i + j])).sort(
      (a, b) => b[0].length - a[0].length,
    )[0];
    if (!found) continue;
    const [comparator, op] = found;
    const at = i + comparator.length;
    if (!isNumber(w[at] ?? '') || claimed[at]) continue;
    // the thing counted: the words after the number, up to two, still unread
    let end = at + 1;
    while (end < w.length && end < at + 3 && !claimed[end] && !FILLER_WORDS.has(w[end] ?? '')) end++;
    const noun = end === at + 1 ? measuredNoun(w) : null;
    const counted = noun ? COUNTED_NOUNS[noun] : undefined;
    if (noun && counted) {
      const value = Number((w[at] ?? '').replace(/,/g, ''));
      claim(s, i, end, {
        t: 'cond',
        cond: {
          kind: 'linkCount',
          entity: counted[0],
          relations: [...counted[1]],
          op,
          value,
          label: `number of ${noun} ${op} ${value}`,
        },
      });
      i = end - 1;
      continue;
    }
    claim(s, i, end, { t: 'unclear', about: 'word', why: 'no such number in the data', options: [] });
    i = end - 1;
  }
}
