/**
 * Events compared with another event's dates: "other events on the same dates as Cloud Expo Asia", "which
 * shows clash with ITB Asia". The named event (already read from the database's names) becomes the reference
 * of a `sameDates` condition instead of a filter on the event itself, so the question is not answered as
 * "Cloud Expo Asia" alone.
 */
import { OVERLAP_WORDS, SAME_DATES_WORDS } from '../../lexicon/timeWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const phrases = (list: readonly string[]): string[][] =>
  list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const SAME = phrases(SAME_DATES_WORDS);
const OVERLAP = phrases(OVERLAP_WORDS);

/** Nouns of an event's time that may stand between the phrase and the event ("overlap with the dates of X"). */
const TIME_NOUNS: ReadonlySet<string> = new Set(['dates', 'date', 'days', 'time', 'timing', 'schedule']);

/**
 * Length of the phrase of `list` that ends right before token `end` (with an optional "the" before it), past a noun
 * of the event's time said before it ("overlap with the dates of X": the event's dates are what is compared).
 */
function phraseBefore(w: readonly string[], end: number, list: readonly string[][]): number {
  if (w[end - 1] === 'of' && TIME_NOUNS.has(w[end - 2] ?? '')) {
    const gap = w[end - 3] === 'the' ? 3 : 2;
    const len = phraseAt(w, end - gap, list);
    if (len > 0) return len + gap;
  }
  return phraseAt(w, end, list);
}

function phraseAt(w: readonly string[], end: number, list: readonly string[][]): number {
  for (const p of list) {
    const start = end - p.length;
    if (start >= 0 && p.every((x, k) => w[start + k] === x)) return w[start - 1] === 'the' ? p.length + 1 : p.length;
  }
  return 0;
}

export function readSameDates(s: ScanState): void {
  const { w, claimed, mentions } = s;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m?.t !== 'event') continue;
    const same = phraseBefore(w, m.start, SAME);
    const overlap = same > 0 ? 0 : phraseBefore(w, m.start, OVERLAP);
    const len = same || overlap;
    if (len === 0) continue;
    const start = m.start - len;
    if (claimed.slice(start, m.start).some(Boolean)) continue;
    for (let j = start; j < m.start; j++) claimed[j] = true;
    const replaced: Mention = {
      start,
      end: m.end,
      text: w.slice(start, m.end).join(' '),
      t: 'cond',
      cond: { kind: 'sameDates', ids: [...m.hit.ids], names: [...m.hit.names], overlap: overlap > 0 },
    };
    mentions[k] = replaced;
  }
}
