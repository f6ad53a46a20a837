import type { Cond } from '../ir/Request';
import {
  ENDING_VERBS,
  MONTHS,
  NOT_YET_WORDS,
  OCCURRENCE_AUXILIARIES,
  OFFSET_ANCHORS,
  OFFSET_BOUNDS,
  SIMPLE_TENSE_AUXILIARIES,
  OCCURRENCE_VERBS,
  ONGOING_WORDS,
  ANY_DATE_LABEL,
  ANY_TIME_WORDS,
  OPEN_RANGE_TAILS,
  PAST_STATE_WORDS,
  PAST_TENSE_WORDS,
  PRESENT_STATE_WORDS,
  STARTED_STATE_WORDS,
  PAST_WORDS,
  PERIOD_END_STATES,
  SEASONS,
  OCCURRED_BEFORE_STATES,
  STATE_LEADS,
  TIME_UNITS,
  UNIT_MULTIPLES,
  TODAY_REFERENCES,
  UNLED_PAST_STATES,
  UNREPRESENTABLE_TIME_WORDS,
  UPCOMING_WORDS,
  CALENDAR_NOUNS,
  REMAIN_VERBS,
  SCHEDULED_WORDS,
  VAGUE_COUNTS,
} from '../lexicon/timeWords';
import { HOLIDAYS } from '../lexicon/holidays';
import { EVENT_NOUNS } from '../lexicon/entityWords';
import { VAGUE_NOUNS } from '../lexicon/vagueNounWords';
import {
  BE_WRITTEN_FORMS,
  CONTRACTED_STEMS,
  HAVING_FORMS,
  NEGATABLE_AUXILIARIES,
  TENSE_AUXILIARIES,
} from '../lexicon/auxiliaryWords';
import { FUTURE_MODALS } from '../lexicon/speculationWords';
import { FOLLOW_UP_OPENERS } from '../lexicon/discourseWords';
import { NARROWING_ADVERBS } from '../lexicon/addedClauseWords';
import type { Token } from '../text/tokenize';
import { addDays, addMonths, monthRange, pad } from './dates';
import { unitAfterNext } from './afterNext';
import { dayRangeAt } from './dayRanges';
import { parsePeriod, PERIOD_PART_WORDS, type Range } from './periods';
import { yearAfterEventNoun, yearBeforeEventNoun } from './twoDigitDates';
import { yearAfterRowNoun } from './fragmentYears';

/**
 * A time expression found in the question: a condition on an event's dates, or a date phrase recognised but
 * not representable as one ("on weekends", "at 3pm", "ramadan"), kept so the parser asks rather than drops it.
 */
export type TimeHit = { start: number; end: number } & ({ cond: Cond } | { unclear: string });

const YEAR = /^(19|20)\d\d$/;
/** Holiday names as words: a holiday is a deadline ("before christmas"). */
const HOLIDAY_NAMES: readonly string[][] = HOLIDAYS.flatMap((h) => h.names.map((n) => n.split(' ')));
const LEADS = new Set([
  'in',
  'during',
  'for',
  'of',
  'on',
  'within',
  'over',
  'throughout',
  'across',
  'from',
  'starting',
  'held',
]);
/** A window open at both ends: every date ("any time", "upcoming or past"); it narrows nothing and says so. */
export const ANY_DATE: Range = { from: null, to: null, label: ANY_DATE_LABEL };
/** The past-tense verbs of occurring without the bare auxiliaries ("were", "did"), which say too little of when. */
const PAST_OCCURRENCE_VERBS: readonly string[] = PAST_TENSE_WORDS.filter((x) => !TENSE_AUXILIARIES.includes(x));
/** Modals of the future: with one, a past-tense word elsewhere does not move a bare month into the past. */
const FUTURE_TENSE_MODALS: ReadonlySet<string> = new Set(['will', 'shall', 'gonna']);
/** "Between now and October", "from today until christmas": the first end is as-of. */
const NOW_WORDS = new Set(['now', 'today']);
/** The second word of "up to / up until <date>", which closes a range as "until" does. */
const UNTIL_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'til', 'thru', 'through']);
/** The length of a period's end state at `at` ("is over", "ends"), or 0. */
function periodEndState(w: readonly string[], at: number): number {
  const len = matchPhrase(w, at, PERIOD_END_STATES);
  // "over 3 days", "over a week" after a period measure a length: not the period's end
  const next = w[at + len] ?? '';
  return len && w[at + len - 1] === 'over' && (/^\d/.test(next) || next === 'a' || next === 'an') ? 0 : len;
}
/** From the first of January to as-of. */
const YEAR_TO_DATE_WORDS: readonly string[] = ['ytd', 'year to date', 'so far this year', 'this year so far'];

function windowFrom(
  asOf: string,
  n: number,
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year',
  sign: 1 | -1,
): string {
  switch (unit) {
    case 'quarter':
      return addMonths(asOf, sign * 3 * n);
    case 'day':
      return addDays(asOf, sign * n);
    case 'week':
      return addDays(asOf, sign * 7 * n);
    case 'month':
      return addMonths(asOf, sign * n);
    case 'year':
      return addMonths(asOf, sign * 12 * n);
  }
}

/** The words at `at` that say one of `phrases`, longest first (their length), or 0. */
function phraseAt(w: readonly string[], at: number, phrases: readonly (readonly string[])[]): number {
  return Math.max(0, ...phrases.filter((p) => p.every((x, k) => w[at + k] === x)).map((p) => p.length));
}

/**
 * A bound on a span counted from today ("at least a month from now", "more than 2 weeks away", "less than 10 days
 * out"): the window of start dates it keeps, and the words it spans. The span alone ("a month from now") is a day,
 * which no start-date window holds: left to the other readers.
 */
function offsetFromToday(w: readonly string[], i: number, asOf: string): { len: number; range: Range } | null {
  const bound = OFFSET_BOUNDS.find((b) => b.words.every((x, k) => w[i + k] === x));
  if (!bound) return null;
  let k = i + bound.words.length;
  let n = 1;
  if (/^\d+$/.test(w[k] ?? '')) n = Number(w[k]);
  else if (w[k] !== 'a' && w[k] !== 'an') return null;
  const unit = TIME_UNITS[w[k + 1] ?? ''];
  if (!unit) return null;
  k += 2;
  const anchor = phraseAt(w, k, OFFSET_ANCHORS);
  if (anchor === 0) return null;
  const day = windowFrom(asOf, n * (UNIT_MULTIPLES[w[k - 1] ?? ''] ?? 1), unit, 1);
  const range: Range =
    bound.side === 'after'
      ? { from: bound.strict ? addDays(day, 1) : day, to: null, label: `from ${bound.strict ? addDays(day, 1) : day}` }
      : { from: asOf, to: day, label: `${asOf}..${day}` };
  return { len: k + anchor - i, range };
}

/**
 * The day a range's end stands for when it closes a window ("until christmas", "between now and xmas": Christmas
 * Day, both ends included), and the day its start stands for when it opens one ("after christmas", "from easter"):
 * a holiday's own day (`Range.point`), else the period's last or first day.
 */
const lastDay = (r: Range): string | null => r.point ?? r.to;
const firstDay = (r: Range): string | null => r.point ?? r.from;

/**
 * The window from one period to another ("jan to mar", "from dec to feb", "between march and may"). Each end is read
 * alone, so a month named without a year may land after the month that ends the range ("jun to aug" in July: next
 * June, this August); the range is then the one ending at its end, the whole of it even when it is running (as a
 * running month or season is: "summer" in July is June to August). A start typed with its year stays; the end moves a
 * year on.
 */
function spanning(first: Range, second: Range, startHasYear: boolean): Range {
  let from = firstDay(first);
  let to = lastDay(second);
  if (from !== null && to !== null && from > to) {
    if (startHasYear) {
      const end = to;
      const [, monthEnd] = monthRange(Number(end.slice(0, 4)) + 1, Number(end.slice(5, 7)));
      to = end === monthRange(Number(end.slice(0, 4)), Number(end.slice(5, 7)))[1] ? monthEnd : addMonths(end, 12);
    } else {
      from = addMonths(from, -12);
    }
  }
  return { from, to, label: `${from}..${to}` };
}

/** True when a year is typed among the `len` words at i ("december 2024"). */
const hasYear = (w: readonly string[], i: number, len: number): boolean =>
  w.slice(i, i + len).some((x) => YEAR.test(x));

/** A period read at `at`, `len` words long. */
interface PeriodAt {
  at: number;
  len: number;
  range: Range;
}

/**
 * The range from one period to another (see `spanning`); a start typed without a year takes the year typed with the
 * end ("q3 to q4 2025", "march to may 2025", "dec to feb 2025": December 2024, the range ending at the end).
 */
function rangeOf(w: string[], first: PeriodAt, second: PeriodAt, asOf: string): Range {
  const startYear = hasYear(w, first.at, first.len);
  const endYear = w.slice(second.at, second.at + second.len).find((x) => YEAR.test(x));
  if (!startYear && endYear !== undefined) {
    const dated = period([...w.slice(first.at, first.at + first.len), endYear], 0, asOf);
    if (dated?.len === first.len + 1) return spanning(dated.range, second.range, false);
  }
  return spanning(first.range, second.range, startYear);
}

/** A word that opens a period a range can end on: a month, a quarter, a half ("to march", "to q3", "to h2"). */
const RANGE_END = (x: string, after = ''): boolean =>
  MONTHS[x] !== undefined ||
  /^(?:q[1-4]|h[12])$/.test(x) ||
  // "mid sept to mid oct", "early march through late april": a part of a month ends the range too
  (PERIOD_PART_WORDS.has(x) && x !== 'end' && x !== 'start' && MONTHS[after] !== undefined);

function period(w: string[], i: number, asOf: string): { len: number; range: Range } | null {
  const p = parsePeriod(w, i, asOf);
  return p && 'range' in p ? p : null;
}

/**
 * Months joined by "and" / "or" / "&" after a month at k ("october and november", "july & august 2024"): the
 * window from the first to the last when each starts where the one before ends; months apart ("march or
 * october") are two windows, which one start-date condition cannot hold, so they are asked about.
 */
function monthList(
  w: readonly string[],
  k: number,
  first: { len: number; range: Range },
  asOf: string,
): ({ end: number } & ({ range: Range } | { unclear: string })) | null {
  if (MONTHS[w[k] ?? ''] === undefined) return null;
  let end = k + first.len;
  const items: { at: number; len: number; range: Range }[] = [{ at: k, ...first }];
  while (['and', 'or', '&'].includes(w[end] ?? '') && MONTHS[w[end + 1] ?? ''] !== undefined) {
    const next = period([...w], end + 1, asOf);
    if (!next || !next.range.from || !next.range.to) break;
    items.push({ at: end + 1, ...next });
    end = end + 1 + next.len;
  }
  if (items.length < 2) return null;
  // a year given once at the end ("october and november 2025", "jun, jul and aug 2025", "sept or oct 25") holds for
  // every bare month of the list
  const last = items[items.length - 1];
  const year = last && last.len > 1 && last.range.from ? Number(last.range.from.slice(0, 4)) : null;
  const ranges = items.map((item, n): Range => {
    if (year === null || n === items.length - 1 || item.len !== 1) return item.range;
    const [from, to] = monthRange(year, MONTHS[w[item.at] ?? ''] ?? 1);
    return { from, to, label: `${year}-${pad(MONTHS[w[item.at] ?? ''] ?? 1)}` };
  });
  let adjacent = true;
  for (let n = 1; n < ranges.length; n++) {
    const before = ranges[n - 1]?.to;
    if (!before || ranges[n]?.from !== addDays(before, 1)) adjacent = false;
  }
  const parts = items.map((item) => w[item.at] ?? '');
  if (!adjacent) return { end, unclear: `the separate months ${parts.join(', ')} (one date window at a time)` };
  const from = ranges[0]?.from ?? null;
  const to = ranges[ranges.length - 1]?.to ?? null;
  return { end, range: { from, to, label: `${from}..${to}` } };
}

/** Each phrase list's phrases as words, split once (the lists are the lexicon's constants, read at every token). */
const phraseWords = new WeakMap<readonly string[], readonly (readonly string[])[]>();

function matchPhrase(w: readonly string[], i: number, phrases: readonly string[]): number {
  let split = phraseWords.get(phrases);
  if (!split) phraseWords.set(phrases, (split = phrases.map((p) => p.split(' '))));
  let best = 0;
  for (const parts of split) {
    if (parts.every((x, k) => w[i + k] === x)) best = Math.max(best, parts.length);
  }
  return best;
}

/**
 * True when the words before i only open a follow-up ("what about", "and", "how about", "same but") or narrow to
 * what follows ("only", "but just": `NARROWING_ADVERBS`): what stands at i is the value the follow-up names, so a bare
 * year or "march" there is a period, not a number or a verb ("events in japan - only 2025").
 */
function followUpObject(w: readonly string[], i: number): boolean {
  return i > 0 && w.slice(0, i).every((x) => FOLLOW_UP_OPENERS.has(x) || NARROWING_ADVERBS.includes(x));
}

/**
 * Finds time expressions: relative windows ("next 9 months", "last year"), calendar periods
 * ("in October 2024", "Q1 2025", "this year"), open ranges ("before March 2025", "since 2024"),
 * "upcoming", "already taken place", "ongoing". Tokens already claimed are skipped.
 */
/** The open-range tail ("or later", "onwards") at token `at`, longest first. */
function openTailAt(w: readonly string[], at: number): { open: 'after' | 'before'; len: number } | null {
  let best: { open: 'after' | 'before'; len: number } | null = null;
  for (const t of OPEN_RANGE_TAILS)
    if (t.words.every((x, k) => w[at + k] === x) && (!best || t.words.length > best.len))
      best = { open: t.open, len: t.words.length };
  return best;
}

/** Words that may follow a negated verb that ends its clause ("hasn't happened, and ..."). */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'or', 'but']);
const AUXILIARIES: ReadonlySet<string> = new Set(OCCURRENCE_AUXILIARIES);
/** A modal before the negation: "won't happen" is a plan or a cancellation, not a date (asked about). */
const MODALS: ReadonlySet<string> = new Set([
  ...FUTURE_MODALS,
  ...NEGATABLE_AUXILIARIES.filter((x) => !AUXILIARIES.has(x)),
  ...Object.values(CONTRACTED_STEMS),
]);

/**
 * A negated verb of an event's occurring or ending at token `i` ("not"): "has not taken place yet", "didn't happen
 * yet", "aren't over yet". The verb must end its clause or carry "yet": "not held in Singapore" negates the place,
 * not the occurring. `start` takes in the auxiliary before "not" ("have not").
 */
function negatedOccurrenceAt(
  w: readonly string[],
  i: number,
): { start: number; end: number; ending: boolean; modal: boolean } | null {
  if (w[i] !== 'not') return null;
  let j = i + 1;
  let yet = false;
  while (NOT_YET_WORDS.includes(w[j] ?? '')) {
    yet = true;
    j++;
  }
  const occurs = matchPhrase(w, j, OCCURRENCE_VERBS);
  const ends = occurs ? 0 : matchPhrase(w, j, ENDING_VERBS);
  if (!occurs && !ends) return null;
  let k = j + (occurs || ends);
  while (NOT_YET_WORDS.includes(w[k] ?? '')) {
    yet = true;
    k++;
  }
  if (!yet && k < w.length && !CLAUSE_JOINS.has(w[k] ?? '')) return null;
  const before = w[i - 1] ?? '';
  // "didn't happen", "was not held" without "yet" may say it was cancelled: asked, as after a modal
  const cancelled = !yet && SIMPLE_TENSE_AUXILIARIES.includes(before);
  const modal = MODALS.has(before) || cancelled;
  const start = AUXILIARIES.has(before) || modal ? i - 1 : i;
  return { start, end: k, ending: ends > 0, modal };
}

/** Copulas before a state: the state is read, the copula stays the clause's ("events that are over"). */
const STATE_COPULAS: ReadonlySet<string> = new Set(['are', 'is', 'was', 'were', 'be']);
/** Adverbs between the lead and the state ("have already ended", "are now over", "are all done"). */
const STATE_ADVERBS: ReadonlySet<string> = new Set(['already', 'now', 'all']);
/** Words that open a complement of "over" / "past" / "done" as a preposition or a verb ("over 3 days", "done by"). */
const COMPLEMENT_OPENERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'than',
  'by',
  'with',
  'of',
  'one',
  'half',
]);

/**
 * A past state of the subject at token `i` ("are over", "have wrapped up", "already done", "done already", "behind
 * us"): the span to claim as "already took place", or null. The state must be led by a copula, a perfect auxiliary or
 * "already", or followed by "already", or be a phrase that is nothing else ("behind us"); a number or a determiner
 * after it makes it a preposition or a verb with an object ("over 3 days", "done by Acme"), not a state.
 */
function pastStateAt(
  w: readonly string[],
  i: number,
  states: readonly string[] = PAST_STATE_WORDS,
): { start: number; end: number } | null {
  const led = STATE_LEADS.includes(w[i] ?? '');
  let j = led ? i + 1 : i;
  while (led && STATE_ADVERBS.has(w[j] ?? '')) j++;
  // "have been and gone", "has come and gone": a verb of arriving or occurring joined to the state is the events'
  // whole course, which ends in the state
  if (led && OCCURRED_BEFORE_STATES.includes(w[j] ?? '') && w[j + 1] === 'and') j += 2;
  const len = matchPhrase(w, j, states);
  if (!len) return null;
  let k = j + len;
  const after = w[k] === 'already';
  if (after) k++;
  const unled = matchPhrase(w, j, UNLED_PAST_STATES) === len;
  if (!led && !after && !unled) return null;
  const next = w[k] ?? '';
  // "already wrapped up this month": a calendar period after the state dates it, no object of a verb
  const periodAfter = (next === 'this' || next === 'last') && TIME_UNITS[w[k + 1] ?? ''] !== undefined;
  if (/^\d/.test(next) || (COMPLEMENT_OPENERS.has(next) && !periodAfter)) return null;
  return { start: STATE_COPULAS.has(w[i] ?? '') ? i + 1 : i, end: k };
}

/**
 * A present state of events at token `i` ("events now", "which events are on now", "events still running"): the span
 * to claim as "running today", or null. It must follow an events noun, or a copula right after one.
 */
function presentStateAt(w: readonly string[], i: number): { start: number; end: number } | null {
  const copula = STATE_COPULAS.has(w[i] ?? '');
  const j = copula ? i + 1 : i;
  // "events now", "events are on now", "events (in Singapore) that are on now": the noun before, or before the
  // relative clause its modifiers end with
  const relative = copula && ['that', 'which'].includes(w[i - 1] ?? '');
  const nounBefore = relative
    ? w.slice(Math.max(0, i - 7), i - 1).some((x) => EVENT_NOUNS.has(x))
    : EVENT_NOUNS.has(w[i - 1] ?? '');
  if (!nounBefore) return null;
  const len = matchPhrase(w, j, PRESENT_STATE_WORDS);
  if (!len) return null;
  const next = w[j + len] ?? '';
  if (/^\d/.test(next) || COMPLEMENT_OPENERS.has(next)) return null;
  return { start: j, end: j + len };
}

/** Prepositions that put an event in a calendar period said with the article ("in the year", "during the month"). */
const DEFINITE_PERIOD_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'for', 'throughout']);
/** Words after "the year" / "the month" that make it another phrase ("the year ahead", "the month of may", "the year 2025"). */
const DEFINITE_PERIOD_STOPS: ReadonlySet<string> = new Set([
  'of',
  'ahead',
  'before',
  'after',
  'to',
  'so',
  'that',
  'which',
  'when',
  'where',
  'end',
  'start',
  'gone',
]);

/**
 * "the last event in the year", "anything during the month?", "the first event of the year": a calendar unit said with
 * the article and no number, after a preposition of time, is the one running (as "this year"), never the year shown
 * as a column. "Of" leads it only after a noun of events ("the end of the year" is a part of it, read elsewhere).
 */
function definiteCalendarPeriod(w: readonly string[], i: number): boolean {
  if (w[i] !== 'the' || !['year', 'month', 'quarter'].includes(w[i + 1] ?? '')) return false;
  const lead = w[i - 1] ?? '';
  const ofEvent = lead === 'of' && (EVENT_NOUNS.has(w[i - 2] ?? '') || w[i - 2] === 'event');
  if (!DEFINITE_PERIOD_LEADS.has(lead) && !ofEvent) return false;
  const next = w[i + 2] ?? '';
  return !/\d/.test(next) && !DEFINITE_PERIOD_STOPS.has(next);
}

/** Words opening a period after "left" ("left this year", "left in 2024", "left before christmas"). */
const LEFT_PERIOD_LEADS: ReadonlySet<string> = new Set(['this', 'in', 'for', 'before', 'until', 'till', 'by', 'of']);

/**
 * "left" at token i said of events, with its copula left out ("any pharma events left this year", "stuff left in
 * 2024", "anything left?"), or asked of with "what is" ("what's left for the rest of the summer"): right after a noun
 * of events or the speaker's vague noun of them, or "what is", before a period or at the end. Elsewhere "left" is the verb of leaving ("people who left X") or a side, never the rest of a period.
 */
function leftOfPeriod(w: readonly string[], i: number): boolean {
  if (w[i] !== 'left') return false;
  const before = w[i - 1] ?? '';
  // "what's left for the rest of the summer", "what is left": "what" asked with or without its copula (the
  // tokenizer reads the "'s" of "what's" as a possessive and drops it)
  const whatIs = before === 'what' || (STATE_COPULAS.has(before) && w[i - 2] === 'what');
  const eventNoun = EVENT_NOUNS.has(before) || VAGUE_NOUNS.get(before) === 'events' || before === 'anything' || whatIs;
  const after = w[i + 1] ?? '';
  const period =
    i + 1 === w.length || LEFT_PERIOD_LEADS.has(after) || /^\d{4}$/.test(after) || MONTHS[after] !== undefined;
  return eventNoun && period;
}

/**
 * Adjectives saying a season or a month is meant in full, as the calendar has it ("proper autumn, sept to nov", "in
 * real winter"): the period's own window, nothing more. Read as a theme, "proper" was a filter on the events' text.
 */
const PERIOD_INTENSIFIERS: ReadonlySet<string> = new Set([
  'proper',
  'real',
  'actual',
  'true',
  'full',
  'whole',
  'entire',
]);

/** Words of the calendar PP ("on the calendar", "in the diary"). */
const CALENDAR: ReadonlySet<string> = new Set(CALENDAR_NOUNS);
const REMAIN: ReadonlySet<string> = new Set(REMAIN_VERBS);

/** Length of "on / in (the) <calendar noun>" at k ("on the calendar", "in the diary"), or 0. */
function calendarAt(w: readonly string[], k: number): number {
  if (w[k] !== 'on' && w[k] !== 'in') return 0;
  const the = w[k + 1] === 'the' || w[k + 1] === 'our' || w[k + 1] === 'my' ? 1 : 0;
  return CALENDAR.has(w[k + 1 + the] ?? '') ? 2 + the : 0;
}

/**
 * The part of the calendar still ahead, said of events at token i (its length, or 0): "remain(s)" after a noun of
 * events, "what", a relative pronoun or "still" ("one-day events remain on the calendar", "what remains of this
 * year"), "still" or "left" before the calendar ("still on the schedule", "left in the diary"), "still" before a
 * participle of being planned ("still scheduled this year"). From today on, as "remaining" is: with a period said
 * ("this year") both hold, the rest of it. "still on the calendar" read as filler was every event of the year,
 * those gone by too.
 */
function remainingAt(w: readonly string[], i: number): number {
  const a = w[i] ?? '';
  if (REMAIN.has(a)) {
    const before = w[i - 1] ?? '';
    const ofEvents =
      EVENT_NOUNS.has(before) ||
      VAGUE_NOUNS.get(before) === 'events' ||
      ['what', 'anything', 'that', 'which', 'still', 'ones'].includes(before);
    return ofEvents ? 1 + calendarAt(w, i + 1) : 0;
  }
  if (a === 'still' || a === 'left') {
    const calendar = calendarAt(w, i + 1);
    if (calendar > 0) return 1 + calendar;
    if (a === 'still')
      return matchPhrase(w, i + 1, SCHEDULED_WORDS) > 0 ? 1 + matchPhrase(w, i + 1, SCHEDULED_WORDS) : 0;
  }
  return 0;
}

export function scanTime(tokens: readonly Token[], claimed: boolean[], asOf: string): TimeHit[] {
  const w = tokens.map((t) => t.norm);
  const hits: TimeHit[] = [];
  const asOfYear = Number(asOf.slice(0, 4));
  const free = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (claimed[k] || k >= w.length) return false;
    return true;
  };
  /** Records a condition read from words [start, end) and claims them. */
  const hit = (start: number, end: number, cond: Cond): void => {
    hits.push({ start, end, cond });
    for (let k = start; k < end; k++) claimed[k] = true;
  };
  const push = (start: number, end: number, range: Range): void =>
    hit(start, end, { kind: 'startBetween', from: range.from, to: range.to, label: range.label });
  const unclear = (start: number, end: number, what: string): void => {
    hits.push({ start, end, unclear: what });
    for (let k = start; k < end; k++) claimed[k] = true;
  };
  const aboutPast = w.some(
    (_, k) => (matchPhrase(w, k, PAST_WORDS) > 0 && w[k] !== 'past') || matchPhrase(w, k, PAST_TENSE_WORDS) > 0,
  );
  // a past verb of occurring ("started", "took place"); a bare auxiliary ("were there events in october") says too
  // little of when to move a month into the past
  const pastOccurrence = w.some(
    (_, k) => (matchPhrase(w, k, PAST_WORDS) > 0 && w[k] !== 'past') || matchPhrase(w, k, PAST_OCCURRENCE_VERBS) > 0,
  );
  // a future marker ("will start", "are coming") keeps a bare month the next one, as without a verb
  const aboutFuture = w.some((x, k) => FUTURE_TENSE_MODALS.has(x) || matchPhrase(w, k, UPCOMING_WORDS) > 0);
  /**
   * A month named alone ("in march") is the next March by default; asked of in the past tense ("events that started
   * in march", "which were held in march") it is the March gone by: its most recent occurrence up to today.
   */
  const tensed = (range: Range, at: number, len: number): Range => {
    if (!pastOccurrence || aboutFuture || len !== 1 || MONTHS[w[at] ?? ''] === undefined) return range;
    if (!range.from || !range.to || range.from <= asOf) return range;
    const year = Number(range.from.slice(0, 4)) - 1;
    const month = Number(range.from.slice(5, 7));
    const [from, to] = monthRange(year, month);
    return { from, to, label: `${year}-${pad(month)}` };
  };
  for (let i = 0; i < w.length; i++) {
    if (!free(i, i + 1)) continue;
    const ytd = matchPhrase(w, i, YEAR_TO_DATE_WORDS);
    if (ytd && free(i, i + ytd)) {
      push(i, i + ytd, { from: `${asOfYear}-01-01`, to: asOf, label: `${asOfYear}-01-01..${asOf}` });
      i += ytd - 1;
      continue;
    }
    // "any time", "whenever": every date meant, said in the description and narrowing nothing
    const any = matchPhrase(w, i, ANY_TIME_WORDS);
    if (any && free(i, i + any)) {
      push(i, i + any, ANY_DATE);
      i += any - 1;
      continue;
    }
    const odd = matchPhrase(w, i, UNREPRESENTABLE_TIME_WORDS);
    if (odd && free(i, i + odd)) {
      unclear(i, i + odd, `"${w.slice(i, i + odd).join(' ')}" (events are filtered by their dates only)`);
      i += odd - 1;
      continue;
    }
    const a = w[i] ?? '';
    const b = w[i + 1] ?? '';
    const c = w[i + 2] ?? '';
    // "at least a month from now", "less than 2 weeks away": a bound on a span from today
    {
      const offset = offsetFromToday(w, i, asOf);
      if (offset && free(i, i + offset.len)) {
        push(i, i + offset.len, offset.range);
        i += offset.len - 1;
        continue;
      }
    }
    // relative windows: (in|over|within|during) (the) (next|coming|following|upcoming) (N) unit
    {
      let j = i;
      if (['in', 'over', 'within', 'during', 'for'].includes(w[j] ?? '')) j++;
      if (w[j] === 'the') j++;
      const lead = w[j] ?? '';
      const forward = ['next', 'coming', 'following', 'upcoming'].includes(lead);
      const backward = ['last', 'past', 'previous', 'preceding'].includes(lead);
      // "within 3 weeks", "within a month", and "in a fortnight" (a unit chrono does not read): from today on
      // "the next half year", "the coming half-year", "(in) half a year": six months
      const halfYear = (at: number): number =>
        w[at] !== 'half' ? 0 : w[at + 1] === 'year' ? 2 : w[at + 1] === 'a' && w[at + 2] === 'year' ? 3 : 0;
      const counted = /^\d+$/.test(w[j] ?? '') || w[j] === 'a' || w[j] === 'one' || halfYear(j) > 0;
      const within = counted && (w[i] === 'within' || (w[i] === 'in' && (w[j + 1] === 'fortnight' || halfYear(j) > 0)));
      if (forward || backward || within) {
        let k = within ? j : j + 1;
        let n = 1;
        let explicitN = false;
        if (w[k] === 'a' && VAGUE_COUNTS[w[k + 1] ?? ''] !== undefined) k++;
        if (/^\d+$/.test(w[k] ?? '')) {
          n = Number(w[k]);
          k++;
          explicitN = true;
        } else if (VAGUE_COUNTS[w[k] ?? ''] !== undefined) {
          n = VAGUE_COUNTS[w[k] ?? ''] ?? 1;
          k += w[k + 1] === 'of' ? 2 : 1;
          explicitN = true;
        } else if (w[k] === 'a' || w[k] === 'one') k++;
        const half = halfYear(k);
        if (half > 0) {
          n *= 6;
          k += half - 1;
        }
        const unit = half > 0 ? 'month' : TIME_UNITS[w[k] ?? ''];
        // "the coming weeks", "the past months": a plural unit without a count is a few of them
        if (unit && !explicitN && (w[k] ?? '').endsWith('s') && w[k] !== 'days') n = VAGUE_COUNTS.few ?? 3;
        // a bare "next year" / "last year" is the calendar year; "over the next year" is a window
        // ... and "next / last / the previous quarter" the calendar quarter
        // "(same but) for next year", "in next year": a preposition of time before the article-less name of the
        // year leaves it the calendar year (the article makes the span: "for the next year" is 12 months)
        const yearNamed = j === i || (j === i + 1 && ['for', 'in', 'during'].includes(w[i] ?? ''));
        const calendarYear =
          (unit === 'year' && !explicitN && yearNamed && (lead === 'next' || lead === 'last')) ||
          (unit === 'quarter' && !explicitN && lead !== 'coming');
        // "the last week of september" is a part of a period (`periodParts.ts`), not a window ending today
        const partOfPeriod = w[k + 1] === 'of' && !within;
        if (unit && free(i, k + 1) && !calendarYear && !partOfPeriod) {
          // a fortnight is two of the weeks it is counted in, looking back as ahead ("the past fortnight": UNIT_MULTIPLES)
          const units = n * (UNIT_MULTIPLES[w[k] ?? ''] ?? 1);
          if (backward) {
            // a window that ends today is over: its events have already taken place (ended before today)
            const from = windowFrom(asOf, units, unit, -1);
            push(i, k + 1, { from, to: asOf, label: `${from}..${asOf}` });
            hit(i, k + 1, { kind: 'past', asOf });
          } else {
            const to = windowFrom(asOf, units, unit, 1);
            push(i, k + 1, { from: asOf, to, label: `${asOf}..${to}` });
          }
          i = k;
          continue;
        }
      }
    }
    // "the week after next", "the month after next": the calendar period two on
    const twoOn = unitAfterNext(w, i, asOf);
    if (twoOn && free(i, i + twoOn.len)) {
      push(i, i + twoOn.len, twoOn.range);
      i += twoOn.len - 1;
      continue;
    }
    // this/next/last year|month|week ; today ; tomorrow; "in the year", "of the month": the one running
    if (
      ((a === 'this' || a === 'current') && (b === 'year' || b === 'month' || b === 'week' || b === 'quarter')) ||
      definiteCalendarPeriod(w, i)
    ) {
      const start = w[i - 1] === 'in' || w[i - 1] === 'during' ? i - 1 : i;
      if (b === 'year')
        push(start, i + 2, { from: `${asOfYear}-01-01`, to: `${asOfYear}-12-31`, label: String(asOfYear) });
      else if (b === 'month') {
        const [f, t] = monthRange(asOfYear, Number(asOf.slice(5, 7)));
        push(start, i + 2, { from: f, to: t, label: f.slice(0, 7) });
      } else if (b === 'quarter') {
        const q = Math.ceil(Number(asOf.slice(5, 7)) / 3);
        push(start, i + 2, {
          from: `${asOfYear}-${pad(q * 3 - 2)}-01`,
          to: monthRange(asOfYear, q * 3)[1],
          label: `Q${q} ${asOfYear}`,
        });
      } else {
        push(start, i + 2, { from: asOf, to: addDays(asOf, 6), label: `${asOf}..${addDays(asOf, 6)}` });
      }
      continue;
    }
    if ((a === 'next' || a === 'last') && b === 'year') {
      const y = a === 'next' ? asOfYear + 1 : asOfYear - 1;
      push(w[i - 1] === 'in' ? i - 1 : i, i + 2, { from: `${y}-01-01`, to: `${y}-12-31`, label: String(y) });
      continue;
    }
    if (a === 'today' || a === 'tonight') {
      hit(i, i + 1, { kind: 'ongoing', asOf });
      continue;
    }
    if (a === 'tomorrow') {
      const d = addDays(asOf, 1);
      push(i, i + 1, { from: d, to: d, label: d });
      continue;
    }
    // "around christmas", "close to year end": the period widened by a week each side
    if ((a === 'around' || a === 'near') && !claimed[i + 1]) {
      const skip = w[i + 1] === 'the' ? 2 : 1;
      const p = period(w, i + skip, asOf);
      if (p && p.range.from && p.range.to && free(i, i + skip + p.len)) {
        const from = addDays(p.range.from, -7);
        const to = addDays(p.range.to, 7);
        push(i, i + skip + p.len, { from, to, label: `around ${p.range.label}` });
        i += skip + p.len - 1;
        continue;
      }
    }
    // "between 1st and 15th aug", "from the 3rd to the 9th of march", "aug 1-15": days sharing the month said once
    {
      const lead = a === 'between' || LEADS.has(a) ? 1 : 0;
      const days = dayRangeAt(w, i + lead, asOf, a === 'between');
      if (days && free(i, i + lead + days.len)) {
        push(i, i + lead + days.len, days.range);
        i += lead + days.len - 1;
        continue;
      }
    }
    // "after today", "later than now": from tomorrow on (the open range's own reading of "now" is the past)
    if ((a === 'after' || (a === 'later' && b === 'than')) && NOW_WORDS.has(w[i + (a === 'after' ? 1 : 2)] ?? '')) {
      const len = a === 'after' ? 2 : 3;
      if (free(i, i + len)) {
        const from = addDays(asOf, 1);
        push(i, i + len, { from, to: null, label: `after ${asOf}` });
        i += len - 1;
        continue;
      }
    }
    // open ranges ("up to / up until the end of april" closes one as "until" does)
    const upTo = a === 'up' && UNTIL_WORDS.has(b);
    if (
      ['before', 'until', 'till', 'til', 'by', 'after', 'since', 'from', 'through', 'thru'].includes(a) ||
      upTo ||
      (a === 'prior' && b === 'to') ||
      (a === 'earlier' && b === 'than') ||
      (a === 'later' && b === 'than')
    ) {
      const lead = upTo ? 'until' : a;
      let skip = a === 'prior' || a === 'earlier' || a === 'later' || upTo ? 2 : 1;
      if (w[i + skip] === 'the') skip++; // "after the 20th of October", "before the end of the year"
      // "now" ends a range ("from now until November"); "before now" is just the past
      // "since January" looks back: the period is read as of a year earlier (the last January to have started)
      const found =
        lead === 'from' || !NOW_WORDS.has(w[i + skip] ?? '')
          ? period(w, i + skip, lead === 'since' ? addMonths(asOf, -12) : asOf)
          : null;
      // "events that started before march": a month bounding a range asked of in the past tense is the March gone
      // by, as "started in march" is
      const p = found ? { ...found, range: tensed(found.range, i + skip, found.len) } : null;
      if (p && free(i, i + skip + p.len)) {
        let end = i + skip + p.len;
        const upToEnd = w[end] === 'up' && UNTIL_WORDS.has(w[end + 1] ?? '') ? 1 : 0;
        // "from october to december", and "after chinese new year up to the end of april": one window, whose start
        // is the day after the first period when it is "after" it
        const opensWindow = lead === 'from' || lead === 'after';
        if (opensWindow && (UNTIL_WORDS.has(w[end] ?? '') || upToEnd)) {
          end += upToEnd;
          const gap = w[end + 1] === 'the' ? 2 : 1;
          const p2 = period(w, end + gap, asOf);
          const afterDay = lead === 'after' ? lastDay(p.range) : null;
          if (p2 && (lead === 'from' || afterDay)) {
            end += gap - 1;
            const range = afterDay ? { from: addDays(afterDay, 1), to: null, label: '' } : p.range;
            const first = { at: i + skip, len: p.len, range };
            push(i, end + 1 + p2.len, rangeOf(w, first, { at: end + gap, len: p2.len, range: p2.range }, asOf));
            i = end + p2.len;
            continue;
          }
        }
        // "from 2025 onwards", "since march and later": a tail that repeats the open end is part of it
        const sameTail = openTailAt(w, end);
        if (sameTail?.open === 'after' && ['from', 'since', 'after'].includes(lead) && free(end, end + sameTail.len))
          end += sameTail.len;
        const until = ['until', 'till', 'til', 'by', 'through', 'thru', 'before', 'prior', 'earlier'].includes(lead);
        // "before summer's over", "until the year is out", "by the time march ends": the period's end is the
        // deadline, as "before the end of summer" is; the period may have begun ("before summer's over" in July)
        const endState = until ? periodEndState(w, end) : 0;
        if (endState && free(end, end + endState)) end += endState;
        // "before the end of the year" is until its last day, not before its last third
        const endOf = w[i + skip] === 'end' || p.range.periodEnd === true || endState > 0;
        const before = (lead === 'before' || lead === 'prior' || lead === 'earlier') && !endOf;
        // "before christmas", "by year end": a deadline still to come bounds a window that starts today; a
        // calendar period ("before March 2025"), one already begun or a question about the past stays open
        // "thru december", "until november": a month named without a year is the next one to come, so as a
        // deadline too it closes a window from today ("between now and december"), not every event since ever
        const bareMonth = until && !before && p.len === 1 && MONTHS[w[i + skip] ?? ''] !== undefined;
        const deadline = endOf || bareMonth || HOLIDAY_NAMES.some((h) => h.every((x, k) => w[i + skip + k] === x));
        const begun = endState > 0 && (lastDay(p.range) ?? '') >= asOf;
        const fromToday = deadline && ((p.range.from ?? '') > asOf || begun) && !aboutPast ? asOf : null;
        const label = (to: string): string => (fromToday ? `${asOf}..${to}` : `${before ? 'before' : 'until'} ${to}`);
        if (before) {
          const to = addDays(firstDay(p.range) ?? asOf, -1);
          push(i, end, { from: fromToday, to, label: fromToday ? label(to) : `before ${firstDay(p.range)}` });
        } else if (until && lastDay(p.range)) {
          const to = lastDay(p.range) ?? asOf;
          push(i, end, { from: fromToday, to, label: label(to) });
        } else if (until) push(i, end, { from: null, to: p.range.to, label: `until ${p.range.to}` });
        else if (lead === 'after' || lead === 'later')
          push(i, end, { from: addDays(lastDay(p.range) ?? asOf, 1), to: null, label: `after ${lastDay(p.range)}` });
        else push(i, end, { from: firstDay(p.range), to: null, label: `from ${firstDay(p.range)}` });
        i = end - 1;
        continue;
      }
    }
    if (a === 'between') {
      const p1 = period(w, i + 1, asOf);
      if (p1 && (w[i + 1 + p1.len] === 'and' || w[i + 1 + p1.len] === 'to')) {
        const the = w[i + 2 + p1.len] === 'the' ? 1 : 0;
        const found = period(w, i + 2 + p1.len + the, asOf);
        const p2 = found ? { len: found.len + the, range: found.range } : null;
        if (p2) {
          let r1 = p1.range;
          // "between March and May 2025": the first month takes the second's year
          if (
            p2.len === 2 &&
            p1.len === 1 &&
            MONTHS[w[i + 1] ?? ''] !== undefined &&
            YEAR.test(w[i + 2 + p1.len + 1] ?? '')
          ) {
            const y = Number(w[i + 2 + p1.len + 1]);
            r1 = { from: monthRange(y, MONTHS[w[i + 1] ?? ''] ?? 1)[0], to: null, label: '' };
          }
          const second = { at: i + 2 + p1.len + the, len: found?.len ?? 0, range: p2.range };
          push(i, i + 2 + p1.len + p2.len, rangeOf(w, { at: i + 1, len: p1.len, range: r1 }, second, asOf));
          i = i + 1 + p1.len + p2.len;
          continue;
        }
      }
    }
    // calendar periods after a lead word, or directly before or after an event noun ("2025 events", "events 2025")
    {
      let lead = LEADS.has(a) || a === 'this' ? 1 : 0;
      if (lead === 1 && w[i + 1] === 'the' && SEASONS[w[i + 2] ?? ''] !== undefined) lead = 2; // "in the spring of 2025"
      // "proper autumn", "in actual winter": a word saying the season or month is meant in full is part of it
      if (
        PERIOD_INTENSIFIERS.has(w[i + lead] ?? '') &&
        (SEASONS[w[i + lead + 1] ?? ''] !== undefined || MONTHS[w[i + lead + 1] ?? ''] !== undefined)
      )
        lead++;
      // "what about 2025?", "and march?": a period that is all a follow-up names is a period, with no lead
      const swapped = lead === 0 && followUpObject(w, i);
      const found = NOW_WORDS.has(w[i + lead] ?? '') ? null : parsePeriod(w, i + lead, asOf, swapped);
      if (found && 'unclear' in found && free(i, i + lead + found.len)) {
        unclear(i, i + lead + found.len, found.unclear);
        i = i + lead + found.len - 1;
        continue;
      }
      const p = found && 'range' in found ? found : null;
      if (p && free(i, i + lead + p.len)) {
        const isYearOnly = p.len === 1 && YEAR.test(w[i + lead] ?? '');
        if (
          !isYearOnly ||
          lead === 1 ||
          swapped ||
          w[i + 1] === 'edition' ||
          yearBeforeEventNoun(w, i) ||
          yearAfterEventNoun(w, i) ||
          yearAfterRowNoun(w, i)
        ) {
          // "January to March 2025", "oct thru dec" (every word of a range's end, as typed: `UNTIL_WORDS`)
          const next = i + lead + p.len;
          if (UNTIL_WORDS.has(w[next] ?? '') && RANGE_END(w[next + 1] ?? '', w[next + 2])) {
            const p2 = period(w, next + 1, asOf);
            if (p2) {
              const first = { at: i + lead, len: p.len, range: p.range };
              push(i, next + 1 + p2.len, rangeOf(w, first, { at: next + 1, len: p2.len, range: p2.range }, asOf));
              i = next + p2.len;
              continue;
            }
          }
          // "october and november", "sept or oct": months listed together are one window when they touch
          const list = monthList(w, i + lead, p, asOf);
          if (list && free(i, list.end)) {
            if ('range' in list) push(i, list.end, list.range);
            else unclear(i, list.end, list.unclear);
            i = list.end - 1;
            continue;
          }
          // "october or later", "2025 onwards", "june or earlier": one end of the period left open
          const tail = openTailAt(w, next);
          if (tail && free(next, next + tail.len) && p.range.from && p.range.to) {
            const range: Range =
              tail.open === 'after'
                ? { from: p.range.from, to: null, label: `from ${p.range.from}` }
                : { from: null, to: p.range.to, label: `until ${p.range.to}` };
            push(i, next + tail.len, range);
            i = next + tail.len - 1;
            continue;
          }
          push(i, i + lead + p.len, tensed(p.range, i + lead, p.len));
          i = i + lead + p.len - 1;
          continue;
        }
      }
    }
    // "haven't taken place yet" (not started: from today on), "aren't over yet" (not ended: ending from today on)
    const negated = negatedOccurrenceAt(w, i);
    if (negated && free(negated.start, negated.end)) {
      // "won't happen", "might not take place": a plan or a cancellation, which no date tells: asked, never dropped
      if (negated.modal) unclear(negated.start, negated.end, w.slice(negated.start, negated.end).join(' '));
      else if (negated.ending) {
        hit(negated.start, negated.end, { kind: 'endBetween', from: asOf, to: null, label: `ending from ${asOf}` });
      } else push(negated.start, negated.end, { from: asOf, to: null, label: `from ${asOf}` });
      i = negated.end - 1;
      continue;
    }
    // "events still on the calendar this year", "which events remain": the part still ahead (from today on)
    const remaining = remainingAt(w, i);
    if (remaining > 0 && free(i, i + remaining)) {
      push(i, i + remaining, { from: asOf, to: null, label: `from ${asOf}` });
      i += remaining - 1;
      continue;
    }
    // "any pharma events left this year", "stuff left in 2024": what is left of a period, as "are left" (from today on)
    if (leftOfPeriod(w, i)) {
      push(i, i + 1, { from: asOf, to: null, label: `from ${asOf}` });
      continue;
    }
    // upcoming / past / ongoing
    const up = matchPhrase(w, i, UPCOMING_WORDS);
    if (up && free(i, i + up)) {
      if (!(w[i] === 'coming' && (c === 'month' || c === 'months'))) {
        push(i, i + up, { from: asOf, to: null, label: `from ${asOf}` });
        i += up - 1;
        continue;
      }
    }
    const past = matchPhrase(w, i, PAST_WORDS);
    if (past && free(i, i + past) && !(w[i] === 'past' && TIME_UNITS[b] !== undefined)) {
      hit(i, i + past, { kind: 'past', asOf });
      i += past - 1;
      continue;
    }
    // "events already done", "events that are over", "have wrapped up", "behind us": a past state is "already over"
    const state = pastStateAt(w, i);
    if (state && free(state.start, state.end)) {
      hit(state.start, state.end, { kind: 'past', asOf });
      i = state.end - 1;
      continue;
    }
    // "events that have started", "already begun": started by today (a running event included)
    const started = pastStateAt(w, i, STARTED_STATE_WORDS);
    if (started && free(started.start, started.end)) {
      push(started.start, started.end, { from: null, to: asOf, label: `starting on or before ${asOf}` });
      i = started.end - 1;
      continue;
    }
    // "events now", "which events are on now", "events still running": running today
    const present = presentStateAt(w, i);
    if (present && free(present.start, present.end)) {
      hit(present.start, present.end, { kind: 'ongoing', asOf });
      i = present.end - 1;
      continue;
    }
    const ongoing = matchPhrase(w, i, ONGOING_WORDS);
    if (ongoing && free(i, i + ongoing)) {
      hit(i, i + ongoing, { kind: 'ongoing', asOf });
      i += ongoing - 1;
    }
  }
  ongoingInPeriod(w, hits);
  heldGoingOn(w, hits);
  restatedToday(w, hits, claimed);
  endingWindows(w, hits);
  return hits;
}

/** Words that put a state of running at the moment of speaking ("going on now", "currently underway"). */
export const RUNNING_NOW_WORDS: ReadonlySet<string> = new Set([
  'now',
  'currently',
  'right',
  'today',
  'moment',
  'live',
  'presently',
]);

/**
 * "between thanksgiving and new year is there anything going on", "anything underway in march?": a state of running
 * said with no word of now ("going on", "ongoing", "underway", "in progress") in a question that names a period is
 * the events' running in that period, which the period's condition already says; read as "running today" it was a
 * second condition no event of a later period meets (0 rows). Its words stay read; "going on now" stays today.
 */
function ongoingInPeriod(w: readonly string[], hits: TimeHit[]): void {
  // a period with both ends: "upcoming" (no end) or "past" are states of their own ("upcoming or ongoing": both)
  const period = hits.some(
    (h) => 'cond' in h && h.cond.kind === 'startBetween' && h.cond.from !== null && h.cond.to !== null,
  );
  if (!period) return;
  for (const h of [...hits])
    if ('cond' in h && h.cond.kind === 'ongoing' && !w.slice(h.start, h.end).some((x) => RUNNING_NOW_WORDS.has(x)))
      hits.splice(hits.indexOf(h), 1);
}

/** How far back from a participle of running its verb of having may stand ("has GOOGLE got ANY EVENTS going on"). */
const HELD_OBJECT_REACH = 6;

/**
 * "how many events has Google got going on", "what does X have going on": a participle of running ("going on",
 * "happening") as the complement of a verb of having, with no word of now, says what the subject has on its books,
 * not that it runs today (read so, the count was 0 against the 5 events the company takes part in): its events at any
 * date, said so. A form of "be" between them ("have been going on") makes the participle the progressive of the
 * clause: still running, kept.
 */
function heldGoingOn(w: readonly string[], hits: TimeHit[]): void {
  for (const h of [...hits]) {
    if (!('cond' in h) || h.cond.kind !== 'ongoing') continue;
    const words = w.slice(h.start, h.end);
    // "going on right now": a word of now right after it keeps the state
    const now = w.slice(h.start, h.end + 2).some((x) => RUNNING_NOW_WORDS.has(x));
    if (!/ing$/.test(words[0] ?? '') || now) continue;
    let k = h.start - 1;
    while (k >= Math.max(0, h.start - HELD_OBJECT_REACH) && !HAVING_FORMS.has(w[k] ?? '')) {
      if (BE_WRITTEN_FORMS.includes(w[k] ?? '')) break;
      k--;
    }
    if (HAVING_FORMS.has(w[k] ?? ''))
      h.cond = { kind: 'startBetween', from: ANY_DATE.from, to: ANY_DATE.to, label: ANY_DATE.label };
  }
}

/**
 * "events that have already finished as of today", "which have started so far": a reference to today right after
 * a state of events that is already measured from today (over, started, running) restates the date it is measured
 * from; it is read with that state, not as a second condition "running today" (which no event over could meet).
 */
function restatedToday(w: readonly string[], hits: TimeHit[], claimed: boolean[]): void {
  for (const state of hits) {
    if (!('cond' in state) || !measuredFromToday(state.cond)) continue;
    const len = matchPhrase(w, state.end, TODAY_REFERENCES);
    if (!len) continue;
    const end = state.end + len;
    // the reference may have been read as "running today" ("today"): that reading goes, the state takes the words
    const restating = hits.filter((h) => h !== state && h.start >= state.end && h.end <= end);
    const covered = (k: number): boolean => restating.some((h) => h.start <= k && k < h.end);
    let free = true;
    for (let k = state.end; k < end; k++) if (claimed[k] && !covered(k)) free = false;
    if (!free) continue;
    for (const h of restating) hits.splice(hits.indexOf(h), 1);
    for (let k = state.end; k < end; k++) claimed[k] = true;
    state.end = end;
  }
}

/** A state read against today: already over, started by today, running today. */
function measuredFromToday(c: Cond): boolean {
  return c.kind === 'past' || c.kind === 'ongoing' || (c.kind === 'startBetween' && c.from === null);
}

/**
 * A verb of ending read as the past state right before a window ("events that ended in june", "what wrapped up last
 * weekend", "finished before july"): the window bounds the end dates, not the start dates, as "events ending in
 * october" does. The past state stays (an event that ended is over).
 */
function endingWindows(w: readonly string[], hits: TimeHit[]): void {
  for (const h of hits) {
    if (!('cond' in h) || h.cond.kind !== 'past') continue;
    // "have already wrapped up this month": the verb after its auxiliary and adverbs
    let verb = h.start;
    while (verb < h.end && (STATE_LEADS.includes(w[verb] ?? '') || STATE_ADVERBS.has(w[verb] ?? ''))) verb++;
    if (matchPhrase(w, verb, ENDING_VERBS) !== h.end - verb) continue;
    const next = hits.find((x) => x.start === h.end);
    if (next && 'cond' in next && next.cond.kind === 'startBetween') {
      const { from, to, label } = next.cond;
      next.cond = { kind: 'endBetween', from, to, label };
    }
  }
}
