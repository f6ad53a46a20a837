/**
 * References to the earlier turn's period: "that month", "that year", "the same week", "those dates" ("And which
 * ones that month are held outside Singapore?" after the events in November 2024). A demonstrative or "same" before
 * a calendar unit (`TIME_UNITS`) or "dates" / "period" is an anaphor of the earlier request's time condition
 * (`handlers/anaphor.ts` puts that condition where the words stand); with no earlier period the words are asked
 * about, never dropped (the unit alone was asked about as an unknown word).
 */
import { TIME_UNITS } from '../../lexicon/timeWords';
import { claim, isFree, type ScanState } from './ScanState';

/** Words that point a calendar unit back at one said before ("that month", "the same year"). */
const POINTING: ReadonlySet<string> = new Set(['that', 'those', 'same']);
/** Nouns of a stretch of time that is no unit of a window. */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['dates', 'period', 'time', 'timeframe', 'window']);

/** "that month", "the same dates": before the lexicon reads "that" as a relative pronoun. */
export function readTimeAnaphors(s: ScanState): void {
  const { w } = s;
  for (let k = 0; k + 1 < w.length; k++) {
    const unit = w[k + 1] ?? '';
    if (!POINTING.has(w[k] ?? '') || !(unit in TIME_UNITS || PERIOD_NOUNS.has(unit))) continue;
    // "the same" is one reference with its article
    const start = w[k] === 'same' && w[k - 1] === 'the' ? k - 1 : k;
    // "those" before a plural unit only ("those dates", "those weeks"); "that" before a singular one
    if (w[k] === 'those' && !unit.endsWith('s')) continue;
    if (!isFree(s, start, k + 2)) continue;
    claim(s, start, k + 2, { t: 'anaphor', entity: null, strong: true, time: true });
  }
}
