/**
 * Events compared with another event's dates or venue: "other events on the same dates as Cloud Expo Asia", "which
 * shows clash with ITB Asia", "events at the same venue as X", "what's co-located with X" (held at X's venue while
 * it runs). The named event (already read from the database's names) becomes the reference of a `sameDates` /
 * `sameVenue` condition instead of a filter on the event itself, so the question is not answered as "Cloud Expo
 * Asia" alone.
 *
 * Several comparisons may be said of one event: joined before it ("at the same venue and on the same dates as X"),
 * or after the comparison that named it, with no "as" of their own ("co-located with X, on the same dates at the
 * same venue"): "the same <noun>" there has nothing else to point at in the question but that event (read as a
 * pointer at an earlier turn's period, it was asked back). Co-location is the same venue while the events overlap;
 * "the same dates" said with it narrows the overlap to the same dates.
 */
import type { Cond } from '../../ir/Request';
import {
  COLOCATION_WORDS,
  OVERLAP_WORDS,
  SAME_DATE_NOUNS,
  SAME_DATES_WORDS,
  SAME_VENUE_NOUNS,
} from '../../lexicon/timeWords';
import type { Mention } from '../Mention';
import { RUNNING_NOW_WORDS } from '../scanTime';
import type { ScanState } from './ScanState';

const phrases = (list: readonly string[]): string[][] =>
  list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const SAME = phrases(SAME_DATES_WORDS);
const OVERLAP = phrases(OVERLAP_WORDS);
const COLOCATED = phrases(COLOCATION_WORDS);
const VENUE_NOUNS: ReadonlySet<string> = new Set(SAME_VENUE_NOUNS);
const DATE_NOUNS: ReadonlySet<string> = new Set(SAME_DATE_NOUNS);

/** Nouns of an event's time that may stand between the phrase and the event ("overlap with the dates of X"). */
const TIME_NOUNS: ReadonlySet<string> = new Set(['dates', 'date', 'days', 'time', 'timing', 'schedule']);

/** Prepositions before "the same <noun>" ("on the same dates", "at the same venue", "in the same place"). */
const SAME_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'at', 'in', 'during', 'over']);

/** Words that join two comparisons ("at the same venue and on the same dates as X"). */
const JOINS: ReadonlySet<string> = new Set(['and', 'but', 'also']);

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

/** What "the same <noun>" compares: the dates, the venue, or nothing of these. */
function sameNoun(noun: string): 'dates' | 'venue' | null {
  return DATE_NOUNS.has(noun) ? 'dates' : VENUE_NOUNS.has(noun) ? 'venue' : null;
}

/**
 * "(on|at) the same <noun>" ending right before `end` (its "as" said, or none), with the preposition: its start and
 * what it compares, or null.
 */
function sameBefore(
  w: readonly string[],
  end: number,
  withAs: boolean,
): { start: number; what: 'dates' | 'venue' } | null {
  const nounAt = withAs ? end - 2 : end - 1;
  if (withAs && w[end - 1] !== 'as') return null;
  const what = sameNoun(w[nounAt] ?? '');
  if (what === null || w[nounAt - 1] !== 'same') return null;
  let start = nounAt - 1;
  if (w[start - 1] === 'the') start--;
  if (SAME_PREPOSITIONS.has(w[start - 1] ?? '')) start--;
  return { start, what };
}

/** One comparison read: the tokens it takes and its condition. */
interface Compared {
  start: number;
  end: number;
  cond: Cond;
}

function dates(hit: { ids: number[]; names: string[] }, overlap: boolean): Cond {
  return { kind: 'sameDates', ids: [...hit.ids], names: [...hit.names], overlap };
}
function venue(hit: { ids: number[]; names: string[] }): Cond {
  return { kind: 'sameVenue', ids: [...hit.ids], names: [...hit.names] };
}

/** The comparisons said before the event mention m, nearest first, or none. */
function comparisonsBefore(s: ScanState, m: Mention & { t: 'event' }): Compared[] {
  const { w } = s;
  const out: Compared[] = [];
  const colocated = phraseAt(w, m.start, COLOCATED);
  if (colocated > 0) {
    const start = m.start - colocated;
    // co-located: at its venue while it runs (the dates overlap)
    out.push({ start, end: m.start, cond: venue(m.hit) }, { start: m.start, end: m.end, cond: dates(m.hit, true) });
    return out;
  }
  const sameDates = phraseBefore(w, m.start, SAME);
  const overlap = sameDates > 0 ? 0 : phraseBefore(w, m.start, OVERLAP);
  const venueAs = sameDates || overlap ? null : sameBefore(w, m.start, true);
  let start: number;
  if (sameDates || overlap) {
    start = m.start - (sameDates || overlap);
    out.push({ start, end: m.end, cond: dates(m.hit, overlap > 0) });
  } else if (venueAs) {
    start = venueAs.start;
    out.push({ start, end: m.end, cond: venueAs.what === 'venue' ? venue(m.hit) : dates(m.hit, false) });
  } else return out;
  // "at the same venue and on the same dates as X": a comparison with no "as" joined before the first (past the
  // first one's preposition)
  if (SAME_PREPOSITIONS.has(w[start - 1] ?? '') && out[0]) out[0].start = --start;
  const joined = JOINS.has(w[start - 1] ?? '') ? sameBefore(w, start - 1, false) : null;
  const said = out[0]?.cond.kind === 'sameVenue' ? 'venue' : 'dates';
  if (joined && joined.what !== said) {
    out.push({ start: joined.start, end: start, cond: joined.what === 'venue' ? venue(m.hit) : dates(m.hit, false) });
  }
  return out;
}

/** Pronouns that point back at the one event compared with ("overlap with it", "clash with that"). */
const POINTERS: ReadonlySet<string> = new Set(['it', 'that', 'them', 'this', 'its']);
/** Words that may open a restated overlap before its noun of time ("any dates that overlap with it"). */
const RESTATEMENT_LEADS: ReadonlySet<string> = new Set(['any', 'the', 'whose', 'with', 'where']);

/**
 * "what's on at the same time as X (any dates that overlap with it)": an overlap whose object is a pronoun, said with
 * the one event compared with, restates that comparison (its noun of time and relative pronoun with it): the tokens are
 * read and add nothing, and "overlap" says the dates need only overlap. Mentions read inside it before ("any dates",
 * the free choice of date) are the restatement's words, not a condition. A pronoun anywhere else is left to the
 * pointer readers.
 */
function readRestatedOverlaps(s: ScanState, only: { conds: Cond[] }): void {
  const { w, claimed, mentions } = s;
  // anywhere in the message: the question clause may have been put first, the restatement before the comparison
  for (let k = 0; k < w.length; k++) {
    const len = OVERLAP.find((p) => p.every((x, d) => w[k + d] === x))?.length ?? 0;
    if (len === 0 || !POINTERS.has(w[k + len] ?? '')) continue;
    let end = k + len + 1;
    if (w[end - 1] === 'its' && TIME_NOUNS.has(w[end] ?? '')) end++;
    let start = k;
    if (w[start - 1] === 'that' || w[start - 1] === 'which') start--;
    if (TIME_NOUNS.has(w[start - 1] ?? '')) start--;
    if (RESTATEMENT_LEADS.has(w[start - 1] ?? '')) start--;
    // every word of it unread, or read by a mention lying inside it
    const inside = mentions.filter((m) => m.start >= start && m.end <= end);
    const covered = (j: number): boolean => !claimed[j] || inside.some((m) => m.start <= j && j < m.end);
    if (!Array.from({ length: end - start }, (_, d) => start + d).every(covered)) continue;
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    for (let j = start; j < end; j++) claimed[j] = true;
    for (const c of only.conds) if (c.kind === 'sameDates') c.overlap = true;
    return;
  }
}

export function readSameDates(s: ScanState): void {
  const { w, claimed, mentions } = s;
  const compared: { hit: { ids: number[]; names: string[] }; conds: Cond[]; end: number }[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m?.t !== 'event') continue;
    const found = comparisonsBefore(s, m);
    if (found.length === 0) continue;
    const start = Math.min(...found.map((c) => c.start));
    // "the same" read as a pointer at an earlier turn (and "at" as a preposition) before the event after it was read
    // (a loose name: "at the same time as ITB"): the comparison names what it points at
    const pointers = mentions.filter(
      (p) => (p.t === 'anaphor' || p.t === 'prep') && p.start >= start && p.end <= m.start,
    );
    const pointed = (j: number): boolean => pointers.some((p) => p.start <= j && j < p.end);
    if (claimed.slice(start, m.start).some((c, d) => c && !pointed(start + d))) continue;
    for (const p of pointers) {
      mentions.splice(mentions.indexOf(p), 1);
      if (mentions.indexOf(m) < k) k--;
    }
    k = mentions.indexOf(m);
    for (let j = start; j < m.start; j++) claimed[j] = true;
    const replaced: Mention[] = found
      .sort((a, b) => a.start - b.start)
      .map((c) => ({ start: c.start, end: c.end, text: w.slice(c.start, c.end).join(' '), t: 'cond', cond: c.cond }));
    mentions.splice(k, 1, ...replaced);
    k += replaced.length - 1;
    compared.push({ hit: m.hit, conds: found.map((c) => c.cond), end: m.end });
  }
  // "what else is going on at the same time as X": the running is in X's dates, not today (no word of now said)
  if (mentions.some((m) => m.t === 'cond' && m.cond.kind === 'sameDates'))
    for (const m of [...mentions])
      if (m.t === 'cond' && m.cond.kind === 'ongoing' && !w.slice(m.start, m.end).some((x) => RUNNING_NOW_WORDS.has(x)))
        mentions.splice(mentions.indexOf(m), 1);
  // "co-located with X, on the same dates at the same venue": "the same <noun>" with no "as", after the one event
  // compared with, says more of that comparison
  if (compared.length !== 1) return;
  const [only] = compared;
  if (!only) return;
  readRestatedOverlaps(s, only);
  for (let k = only.end; k < w.length; k++) {
    if (w[k] !== 'same' || claimed[k]) continue;
    const what = sameNoun(w[k + 1] ?? '');
    if (what === null || w[k + 2] === 'as') continue;
    const found = sameBefore(w, k + 2, false);
    if (!found || claimed.slice(found.start, k + 2).some(Boolean)) continue;
    for (let j = found.start; j < k + 2; j++) claimed[j] = true;
    const text = w.slice(found.start, k + 2).join(' ');
    const dated = only.conds.find((c) => c.kind === 'sameDates');
    const placed = only.conds.some((c) => c.kind === 'sameVenue');
    if (what === 'dates' && dated?.kind === 'sameDates') {
      // the same dates narrow an overlap said before ("co-located"); restate the same dates said before
      dated.overlap = false;
      continue;
    }
    if (what === 'venue' && placed) continue;
    const cond = what === 'venue' ? venue(only.hit) : dates(only.hit, false);
    only.conds.push(cond);
    mentions.push({ start: found.start, end: k + 2, text, t: 'cond', cond });
  }
}
