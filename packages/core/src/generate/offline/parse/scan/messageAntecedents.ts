/**
 * Pointers whose antecedent the same message says: "we're planning for the last quarter (oct thru dec). which events
 * kick off in that window?", "our team is at MBS a lot in november - which companies go to the events there that
 * month?", "we're pitching the tourism board next month - who are the directors there?". The pointer readers
 * (`timeAnaphors.ts`, `placeAnaphors.ts`) make "that month" and "there" an anaphor of the earlier TURN, and the
 * clause that holds the antecedent is often the speaker's own (their plan, their presence: `speakerContext.ts`,
 * `socialClauses.ts`), released as no condition of the ask; with no earlier turn the pointer was asked about
 * ("nothing said so far names a period").
 *
 * Read over every mention the message held before its remarks were released: a pointer takes the one antecedent of
 * its kind the message says (a period for a time pointer; for "there" a named event, company, venue or place inside a
 * released remark, since a place the ask reads is the first of two turns typed as one: "events in singapore - sponsors
 * there?" asks for those events' sponsors, `text/pointedFragments.ts`), and
 * the antecedent's reading stands where the pointer stands, so the condition applies where the ask says it, and the
 * interpretation shows it. The rest of the speaker's clause stays a remark ("next month" of "pitching X next month"
 * is when the speaker acts, not a window on the data). A pointer with no antecedent of its kind in the message, or
 * with several different ones, is left as it was (an earlier turn's, else asked about): never guessed.
 */
import type { Cond } from '../../ir/Request';
import { TIME_UNITS } from '../../lexicon/timeWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** Readings a locative "there" may point at: a named thing of the data or a place. */
const PLACE_ANTECEDENTS: ReadonlySet<Mention['t']> = new Set(['event', 'company', 'venue', 'city', 'country', 'state']);

type Window = Extract<Cond, { kind: 'startBetween' | 'endBetween' }>;

/** A window of dates said in the message ("in november", "oct thru dec"), with both ends. */
const windowOf = (m: Mention): Window | null =>
  m.t === 'cond' && (m.cond.kind === 'startBetween' || m.cond.kind === 'endBetween') && m.cond.from && m.cond.to
    ? m.cond
    : null;

/** Days a calendar unit spans at most, for "that month" / "that week" pointing at a window that long. */
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 31, quarter: 92, year: 366 };

/** Days from `from` to `to`, both included. */
const daysSpanned = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

/**
 * True when the window fits the pointer's noun: "that month" a window of one month at most, "that week" one of a week;
 * "that window", "those dates", "that period" any window.
 */
function fitsUnit(pointer: string, window: Window): boolean {
  const noun = pointer.toLowerCase().split(/\s+/).pop() ?? '';
  const unit = TIME_UNITS[noun];
  if (!unit || !window.from || !window.to) return true;
  return daysSpanned(window.from, window.to) <= (UNIT_DAYS[unit] ?? Infinity);
}

/**
 * A key that tells apart different antecedents (what the mention reads, not where or how it is typed). A window is
 * its days: "our Q1 plan (jan thru march 2025)" says one window twice, in two spellings (labels "Q1 2025" and
 * "2025-01-01..2025-03-31"), and "that window" points at it.
 */
function antecedentKey(m: Mention): string {
  const window = windowOf(m);
  if (window) return JSON.stringify([window.kind, window.from, window.to]);
  const { start: _start, end: _end, text: _text, ...reading } = m;
  return JSON.stringify(reading);
}

/** The one antecedent among `candidates` (several mentions of one antecedent count once); null unless exactly one. */
function oneAntecedent(candidates: readonly Mention[]): Mention | null {
  const keys = new Set(candidates.map(antecedentKey));
  return keys.size === 1 ? (candidates[0] ?? null) : null;
}

/** True when mentions a and b share a token. */
const overlaps = (a: Mention, b: Mention): boolean => a.start < b.end && b.start < a.end;

/**
 * The message's own antecedents of its pointers, put where the pointers stand (see the header). `said` is every
 * mention the message held before its remarks were released. An antecedent still read as a condition of the ask is
 * moved to the pointer (said once, where it applies); one inside a released remark is copied there.
 */
export function readMessageAntecedents(s: ScanState, said: readonly Mention[]): void {
  for (const pointer of [...s.mentions]) {
    if (pointer.t !== 'anaphor' || (!pointer.time && !(pointer.place && pointer.entity === null))) continue;
    const candidates = said.filter((m) => {
      if (overlaps(m, pointer)) return false;
      if (pointer.time) {
        const window = windowOf(m);
        return window !== null && fitsUnit(pointer.text, window);
      }
      // a place the ask itself still reads is no antecedent of "there": "events in singapore - sponsors there?" asks
      // for the sponsors of those events, two turns typed as one (`text/pointedFragments.ts`), not of Singapore
      return PLACE_ANTECEDENTS.has(m.t) && !s.mentions.includes(m);
    });
    // "there" before a named place the ask still reads ("which companies exhibit there. seamless asia") is read so by
    // the builder already
    if (pointer.place && s.mentions.some((m) => m.start >= pointer.end && PLACE_ANTECEDENTS.has(m.t))) continue;
    const antecedent = oneAntecedent(candidates);
    if (!antecedent) continue;
    const { start, end, text } = pointer;
    s.mentions.splice(s.mentions.indexOf(pointer), 1, { ...antecedent, start, end, text });
    // one still read is said once, where the pointer puts it
    for (const m of candidates) {
      const at = s.mentions.indexOf(m);
      if (at >= 0) s.mentions.splice(at, 1);
    }
  }
}
