/**
 * "events with more than 500 attendees", "fairs with over 1,000 visitors": a comparison with a number that no
 * recogniser could turn into a condition (the data holds no attendee or visitor count) is asked about, naming
 * the whole comparison, never dropped. Without this, the number was read as a "top N" that shaped nothing and
 * the question was answered without it.
 *
 * Runs after quantities and time, which read every comparison the data supports ("more than 500 employees",
 * "more than 50 sponsors", "before 2025"): the comparisons left unread here are the ones it does not.
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { COMPARATORS } from '../scanQuantity';
import { claim, type ScanState } from './ScanState';

/** Comparators of amounts (not of dates, and not the "=" of "in" / "of" / "only"). */
const AMOUNT_COMPARATORS: readonly string[][] = COMPARATORS.filter(
  ([phrase, op]) =>
    op !== '=' &&
    !['after', 'before', 'since', 'later than', 'earlier than', 'prior to', 'older than', 'younger than'].includes(
      phrase,
    ),
).map(([phrase]) => phrase.split(' '));

const isNumber = (x: string): boolean => /^\d[\d,.]*(k|m|bn|\+)?$/.test(x);

export function readUnreadComparisons(s: ScanState): void {
  const { w, claimed } = s;
  for (let i = 0; i < w.length; i++) {
    if (claimed[i]) continue;
    const comparator = AMOUNT_COMPARATORS.filter((p) => p.every((x, j) => w[i + j] === x && !claimed[i + j])).sort(
      (a, b) => b.length - a.length,
    )[0];
    if (!comparator) continue;
    const at = i + comparator.length;
    if (!isNumber(w[at] ?? '') || claimed[at]) continue;
    // the thing counted: the words after the number, up to two, still unread
    let end = at + 1;
    while (end < w.length && end < at + 3 && !claimed[end] && !FILLER_WORDS.has(w[end] ?? '')) end++;
    if (end === at + 1) continue;
    claim(s, i, end, { t: 'unclear', about: 'word', why: 'no such number in the data', options: [] });
    i = end - 1;
  }
}
