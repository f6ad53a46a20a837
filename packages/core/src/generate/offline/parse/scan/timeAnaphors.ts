/**
 * References to the earlier turn's period: "that month", "that year", "the same week", "those dates" ("And which
 * ones that month are held outside Singapore?" after the events in November 2024). A demonstrative or "same" before
 * a calendar unit (`TIME_UNITS`) or "dates" / "period" is an anaphor of the earlier request's time condition
 * (`handlers/anaphor.ts` puts that condition where the words stand); with no earlier period the words are asked
 * about, never dropped (the unit alone was asked about as an unknown word). A bare "then" is such a pointer where its
 * grammar makes it a time ("events kicking off then", "around then"), not where it is a word of the conversation
 * ("ok then", "which ones then?"): dropped as filler, it answered every event.
 */
import { OCCURRENCE_VERBS, TIME_UNITS } from '../../lexicon/timeWords';
import { claim, isFree, type ScanState } from './ScanState';

/** Words that point a calendar unit back at one said before ("that month", "the same year"). */
const POINTING: ReadonlySet<string> = new Set(['that', 'those', 'same']);
/** Nouns of a stretch of time that is no unit of a window. */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['dates', 'period', 'time', 'timeframe', 'window']);

/**
 * Prepositions that put "then" at the period itself ("around then"). Those that move off it ("before then", "until
 * then", "since then") are left to be asked about as they are: the window pointed at is not the one they ask.
 */
const THEN_PREPOSITIONS: ReadonlySet<string> = new Set(['around', 'about', 'round']);

/** The -ing form of a verb ("start" -> "starting", "occur" -> "occurring", "begin" -> "beginning"). */
function ingForm(verb: string): string {
  if (/^(occur|begin)$/.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return verb.endsWith('e') ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
}

/**
 * The last words of an event's occurring in every form ("starting", "kicks off", "taking place", "held"): a "then"
 * right after one closes the verb as its time ("events kicking off then"), not as a word of the conversation.
 */
const OCCURRENCE_LAST_WORDS: ReadonlySet<string> = new Set(
  OCCURRENCE_VERBS.flatMap((phrase) => {
    const words = phrase.split(' ');
    const last = words[words.length - 1] ?? '';
    if (words.length > 1) return [last];
    return [last, `${last}s`, ingForm(last)];
  }),
);

/**
 * A bare "then" that points at a period: after "around" ("around then"), or ending its clause right after
 * a verb of occurring ("which events kick off then?"). "then" opening a clause, after a word of assent ("ok then"),
 * or after a question's content ("which ones are in japan then?") is a word of the conversation ("in that case").
 */
function pointsAtPeriod(s: ScanState, k: number): boolean {
  const before = s.w[k - 1] ?? '';
  if (k === 0 || s.breaks.has(k)) return false;
  if (THEN_PREPOSITIONS.has(before)) return true;
  const closes = k + 1 === s.w.length || s.breaks.has(k + 1);
  return closes && OCCURRENCE_LAST_WORDS.has(before);
}

/** "that month", "the same dates": before the lexicon reads "that" as a relative pronoun. */
export function readTimeAnaphors(s: ScanState): void {
  const { w } = s;
  for (let k = 0; k + 1 < w.length; k++) {
    const unit = w[k + 1] ?? '';
    if (!POINTING.has(w[k] ?? '') || !(unit in TIME_UNITS || PERIOD_NOUNS.has(unit))) continue;
    // "the same time as X": the comparison names what it points at, an event read after it (`sameDates.ts`, run
    // again once the loose names are read: "at the same time as ITB")
    if (w[k] === 'same' && w[k + 2] === 'as') continue;
    // "the same" is one reference with its article
    const start = w[k] === 'same' && w[k - 1] === 'the' ? k - 1 : k;
    // "those" before a plural unit only ("those dates", "those weeks"); "that" before a singular one
    if (w[k] === 'those' && !unit.endsWith('s')) continue;
    if (!isFree(s, start, k + 2)) continue;
    claim(s, start, k + 2, { t: 'anaphor', entity: null, strong: true, time: true });
  }
  for (let k = 0; k < w.length; k++) {
    if (w[k] !== 'then' || !isFree(s, k, k + 1) || !pointsAtPeriod(s, k)) continue;
    // "around then": the preposition says no more than the period, so the pointer stands for the pair
    const start = THEN_PREPOSITIONS.has(w[k - 1] ?? '') && isFree(s, k - 1, k) ? k - 1 : k;
    claim(s, start, k + 1, { t: 'anaphor', entity: null, strong: true, time: true });
  }
}
