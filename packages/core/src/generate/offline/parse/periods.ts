/**
 * One calendar period at a position of the question, under the product's conventions (relative to as-of):
 * "october 2024", "oct", "mid-march", "late 2024", "q1 2025", "next quarter", "h2 2025", "the second half of
 * next year", "summer", "year end", "christmas", "now", "2025", "the 9th of october", "next friday".
 * Own grammar first (it knows the conventions: a month or season without a year is the next one to start),
 * then chrono-node for what a general date parser reads (weekdays, "in two weeks", "the day after tomorrow").
 * A phrase that is a date but not one period the data can be filtered on ("at 3pm", "on weekends",
 * "ramadan") comes back as `unclear`, so the parser asks instead of dropping it.
 */
import * as chrono from 'chrono-node';
import { EVENT_NOUNS } from '../lexicon/entityWords';
import { HOLIDAYS, SEASON_BOUND_WORDS, VAGUE_HOLIDAY_WORDS, type Holiday } from '../lexicon/holidays';
import { MONTHS, PERIOD_TAIL_NOUNS, SEASON_VERB_PARTICLES, SEASONS, WEEKDAYS } from '../lexicon/timeWords';
import { addDays, addMonths, daysBetween, easterSunday, mondayOf, monthRange, nthWeekday, pad } from './dates';
import { parsePeriodPart } from './periodParts';
import { monthAndTwoDigits } from './twoDigitDates';

/**
 * A window of days. `point`: the one day the words name when they are a moment rather than a span (a holiday's own
 * day: "christmas" is 24-26 December when asked "over christmas", the 25th as the end of "between now and xmas").
 * `periodEnd`: the words name the end of a larger period ("year end", "eoy"), a deadline when a range closes on it.
 */
export type Range = { from: string | null; to: string | null; label: string; point?: string; periodEnd?: true };
export type Period = { len: number; range: Range } | { len: number; unclear: string };

const YEAR = /^(19|20)\d\d$/;
const DAY = /^\d{1,2}(st|nd|rd|th)?$/;
const ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
/** Words before a month/season/quarter that shift it: "this coming september", "next summer", "last quarter". */
const SHIFT: Readonly<Record<string, -1 | 0 | 1>> = {
  this: 0,
  current: 0,
  coming: 0,
  next: 1,
  last: -1,
  previous: -1,
  past: -1,
};
/** Which part of a period a modifier keeps: "early" = its first third, "mid" = the middle third, "late" = the last. */
const PART: Readonly<Record<string, readonly [number, number]>> = {
  early: [0, 1 / 3],
  beginning: [0, 1 / 3],
  start: [0, 1 / 3],
  mid: [1 / 3, 2 / 3],
  middle: [1 / 3, 2 / 3],
  late: [2 / 3, 1],
  end: [2 / 3, 1],
};
/** Words before a noun of a part ("the early part of", "the latter part of") and the third of `PART` they keep. */
const PART_OF_NOUN_WORDS: Readonly<Record<string, string>> = {
  early: 'early',
  earlier: 'early',
  first: 'early',
  opening: 'early',
  mid: 'mid',
  middle: 'mid',
  late: 'late',
  later: 'late',
  latter: 'late',
  last: 'late',
  final: 'late',
  closing: 'late',
};
/** Nouns of a part of a period ("the early part of", "the final stretch of"). */
const PART_NOUNS: ReadonlySet<string> = new Set(['part', 'stretch', 'portion', 'stages', 'phase']);
/** The words that take a part of the period after them ("mid oct", "late march"). */
export const PERIOD_PART_WORDS: ReadonlySet<string> = new Set(Object.keys(PART));

function dayOf(word: string): number | null {
  if (!DAY.test(word)) return null;
  const d = Number(word.replace(/\D/g, ''));
  return d >= 1 && d <= 31 ? d : null;
}

/** A year at k: "2025", "this year", "next year", "last year" (read after "of", "in", "q1", "h2", ...). */
function yearAt(w: readonly string[], k: number, asOfYear: number): { year: number; len: number } | null {
  const a = w[k] ?? '';
  if (YEAR.test(a)) return { year: Number(a), len: 1 };
  const b = w[k + 1] ?? '';
  if (b === 'year' && SHIFT[a] !== undefined) return { year: asOfYear + (SHIFT[a] ?? 0), len: 2 };
  return null;
}

/** "of 2025", "in 2025", "2025", "of next year": a year after a period word, with the tokens it takes. */
function trailingYear(w: readonly string[], k: number, asOfYear: number): { year: number; len: number } | null {
  const direct = yearAt(w, k, asOfYear);
  if (direct) return direct;
  if (w[k] === 'of' || w[k] === 'in') {
    const skip = w[k + 1] === 'the' ? 2 : 1;
    const y = yearAt(w, k + skip, asOfYear);
    if (y) return { year: y.year, len: y.len + skip };
  }
  return null;
}

/** Two digits read as a year of this century ("25": 2025), where nothing else can be meant. */
function twoDigitYearAt(w: readonly string[], k: number): { year: number; len: number } | null {
  return /^\d\d$/.test(w[k] ?? '') ? { year: 2000 + Number(w[k]), len: 1 } : null;
}

/**
 * Years typed with two digits ("H1 25", "summer 24", "the end of 25", "in 25"): 20..39 are 2020..2039. Outside that
 * span two digits are too far from the data's years to be one without doubt (a count, a day, an age).
 */
const TWO_DIGIT_YEARS = { min: 20, max: 39 } as const;

/** The year two digits at k stand for (20..39 as 2020..2039), or null. */
export function twoDigitYear(word: string): number | null {
  if (!/^\d\d$/.test(word)) return null;
  const n = Number(word);
  return n >= TWO_DIGIT_YEARS.min && n <= TWO_DIGIT_YEARS.max ? 2000 + n : null;
}

/**
 * Words that may follow a year typed with two digits and said alone after a preposition of time ("events in 25",
 * "anything in 25 at suntec", "in 25 or 26"): the end of the question or a word that cannot be the noun two digits
 * count ("in 25 countries", "in 25 cities" stay numbers). Closed-class words only: a following word of any other
 * kind leaves the digits a number, asked back when nothing reads them.
 */
export const AFTER_BARE_YEAR: ReadonlySet<string> = new Set([
  ...['and', 'or', 'but', 'nor', 'with', 'at', 'in', 'on', 'from', 'for', 'by', 'near', 'around', 'across'],
  ...['that', 'which', 'who', 'whose', 'where', 'when', 'what', 'how', 'so', 'then', 'too', 'also', 'only', 'yet'],
  ...['please', 'pls', 'plz', 'thanks', 'thx', 'ty', 'i', 'we', 'you', 'lol', 'tbh', 'though', 'tho', 'pretty'],
  ...['sorted', 'ordered', 'ranked', 'grouped', 'broken', 'split', 'listed', 'excluding', 'except', 'not', 'ok'],
]);

/** Prepositions of time after which two digits alone may be a year ("in 25", "since 24", "before 26"). */
const BARE_YEAR_LEADS: ReadonlySet<string> = new Set([
  ...['in', 'during', 'throughout', 'since', 'before', 'after', 'until', 'till', 'til', 'thru', 'through'],
]);

/**
 * Two digits alone at k as a year: after a preposition of time and before a word that cannot be what they count
 * (`AFTER_BARE_YEAR`) or nothing.
 */
function bareTwoDigitYear(w: readonly string[], k: number): number | null {
  const year = twoDigitYear(w[k] ?? '');
  if (year === null || !BARE_YEAR_LEADS.has(w[k - 1] ?? '')) return null;
  const next = w[k + 1];
  return next === undefined || AFTER_BARE_YEAR.has(next) ? year : null;
}

/**
 * A year after a period word that takes one ("the first half of 25", "summer 24", "the end of 25", "Q3 of 26"):
 * written in full or with two digits (a half, a season or a part of a year has no day or count they could be).
 */
function periodYear(w: readonly string[], k: number, asOfYear: number): { year: number; len: number } | null {
  const full = trailingYear(w, k, asOfYear);
  if (full) return full;
  const skip = w[k] === 'of' || w[k] === 'in' ? (w[k + 1] === 'the' ? 2 : 1) : 0;
  const year = twoDigitYear(w[k + skip] ?? '');
  return year === null ? null : { year, len: skip + 1 };
}

function holidayDate(h: Holiday, year: number): string | null {
  const r = h.rule;
  switch (r.kind) {
    case 'fixed':
      return `${year}-${pad(r.month)}-${pad(r.day)}`;
    case 'nthWeekday':
      return nthWeekday(year, r.month, r.weekday, r.nth);
    case 'easter':
      return addDays(easterSunday(year), r.offset);
    case 'after':
      return addDays(nthWeekday(year, r.base.month, r.base.weekday, r.base.nth), r.offset);
    case 'table':
      return r.dates[year] ?? null;
  }
}

/** Words before a year that make a two-digit one after it the range's end ("from 2025 to 26"). */
const RANGE_OPENERS: ReadonlySet<string> = new Set(['from', 'between']);

/** Words of a fiscal year ("FY", "fiscal year", "financial year", "fiscal"). */
const FISCAL_WORDS: readonly (readonly string[])[] = [['fiscal', 'year'], ['financial', 'year'], ['fiscal'], ['fy']];

/** A fiscal year at i ("FY25", "fy 2025", "fiscal year 25"), with the tokens it takes and how it was typed. */
function fiscalYearAt(w: readonly string[], i: number): { len: number; label: string } | null {
  const glued = /^fy(\d\d|(?:19|20)\d\d)$/.exec(w[i] ?? '');
  if (glued) return { len: 1, label: `FY${glued[1] ?? ''}` };
  for (const words of FISCAL_WORDS) {
    if (!words.every((x, k) => w[i + k] === x)) continue;
    const y = w[i + words.length] ?? '';
    if (YEAR.test(y) || twoDigitYear(y) !== null || /^\d\d$/.test(y))
      return { len: words.length + 1, label: `${words.join(' ')} ${y}` };
  }
  return null;
}

/** Holiday names by their first word, longest first (built once). */
const HOLIDAY_PHRASES: readonly { words: string[]; holiday: Holiday }[] = HOLIDAYS.flatMap((h) =>
  h.names.map((n) => ({ words: n.split(' '), holiday: h })),
).sort((a, b) => b.words.length - a.words.length);
const VAGUE_PHRASES = VAGUE_HOLIDAY_WORDS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

const SEASON_BOUNDS = SEASON_BOUND_WORDS.map((p) => p.split(' '));

/** True when "the" and a word of a window's end stand before i ("before the holidays"): a season said as a bound. */
function seasonBound(w: readonly string[], i: number): boolean {
  return w[i - 1] === 'the' && SEASON_BOUNDS.some((b) => startsWith(w, i - 1 - b.length, b));
}

function startsWith(w: readonly string[], i: number, words: readonly string[]): boolean {
  return words.every((x, k) => w[i + k] === x);
}

/** The part of a range a modifier keeps ("mid" of October = 11th..20th). */
function partOf(range: Range, part: readonly [number, number], word: string): Range | null {
  if (!range.from || !range.to) return null;
  const days = daysBetween(range.from, range.to) + 1;
  const from = addDays(range.from, Math.floor(days * part[0]));
  const to = addDays(range.from, Math.floor(days * part[1]) - 1);
  return { from, to, label: `${word} ${range.label}` };
}

/** The calendar quarter containing a date, shifted by n quarters. */
function quarterRange(year: number, quarter: number): Range {
  const y = year + Math.floor((quarter - 1) / 4);
  const q = ((((quarter - 1) % 4) + 4) % 4) + 1;
  return { from: `${y}-${pad(q * 3 - 2)}-01`, to: monthRange(y, q * 3)[1], label: `Q${q} ${y}` };
}

function seasonRange(name: string, year: number): Range {
  const [m1, m2] = SEASONS[name] ?? [1, 1];
  return {
    from: `${year}-${pad(m1)}-01`,
    to: monthRange(m2 < m1 ? year + 1 : year, m2)[1],
    label: `${name} ${year}`,
  };
}

/** The year of the next season `name` to start or still running at as-of. */
function nextSeasonYear(name: string, asOf: string): number {
  const asOfYear = Number(asOf.slice(0, 4));
  const asOfMonth = Number(asOf.slice(5, 7));
  const [m1, m2] = SEASONS[name] ?? [1, 1];
  const inSeason = m2 >= m1 ? asOfMonth >= m1 && asOfMonth <= m2 : asOfMonth >= m1 || asOfMonth <= m2;
  if (inSeason) return m2 < m1 && asOfMonth <= m2 ? asOfYear - 1 : asOfYear;
  return m1 >= asOfMonth ? asOfYear : asOfYear + 1;
}

/** Words that join a month to the month ending its range ("may to aug"). */
const RANGE_TO: ReadonlySet<string> = new Set(['to', 'through', 'thru', 'until', 'till', 'til']);

/** Pronouns of a noun said before ("the march ones"): a month before one modifies it. */
const ONE_WORDS: ReadonlySet<string> = new Set(['one', 'ones']);

/** Words after which "may" / "march" are months. */
export const DATE_INTRODUCERS: ReadonlySet<string> = new Set([
  ...Object.keys(PART),
  ...Object.keys(SHIFT),
  ...['in', 'during', 'of', 'on', 'before', 'after', 'until', 'till', 'til', 'by', 'since', 'from', 'between', 'and'],
  ...['to', 'through', 'thru', 'throughout', 'starting', 'early', 'around', 'held', 'for', 'over', 'than'],
]);

/** Determiners before a season noun ("the fall", "every summer", "each spring"); never "that", a relative pronoun before the verb ("events that fall in"). */
const SEASON_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'every', 'each', 'this', 'next', 'last']);

/** The words between two weekdays that make a span of them ("mon to fri", "monday through sunday"). */
const WEEKDAY_SPANS: ReadonlySet<string> = new Set(['to', 'through', 'thru', 'till', 'until']);

/** Words that only chrono reads here (weekdays, "tomorrow", "3 days ago", times of day): it runs only near one. */
const CHRONO_CUES: ReadonlySet<string> = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'weekend tomorrow yesterday ago noon midnight morning afternoon evening tonight oclock',
  ]
    .join(' ')
    .split(' '),
);

const casual = chrono.en.casual;

/** Words that put the day or weekend chrono reads before today ("last weekend", "the past friday", "2 days ago"). */
const BACKWARD_CUES: ReadonlySet<string> = new Set(['last', 'past', 'previous', 'ago', 'yesterday']);

/** Runs chrono once so its first real use pays no warm-up (called when the language data loads). */
export function warmDateParser(): void {
  casual.parse('tomorrow', { instant: new Date(0), timezone: 0 });
}

/**
 * chrono-node on the words from i on (they are already normalised tokens): only a match that starts at i,
 * mapped to a period by what it knows (a day, a weekend, a month, a year). A time of day is not a period.
 */
function chronoPeriod(w: readonly string[], i: number, asOf: string): Period | null {
  const words = w.slice(i, i + 6);
  if (words.length === 0 || !/^[a-z0-9]/.test(words[0] ?? '')) return null;
  // chrono runs only where a word it alone reads starts the phrase (it is the slow path: most positions skip it)
  const cue = (x: string, k: number): boolean =>
    CHRONO_CUES.has(x) ||
    /^\d{1,2}(:\d\d)?(am|pm)$/.test(x) ||
    ((x === 'am' || x === 'pm') && /^\d/.test(words[k - 1] ?? ''));
  if (!words.slice(0, 4).some(cue)) return null;
  const text = words.join(' ');
  const instant = new Date(`${asOf}T12:00:00Z`);
  // a day or weekend said to be gone ("last weekend", "last friday", "the past weekend") is the one before today;
  // otherwise the next one to come (chrono's forwardDate would move "last weekend" to the coming one)
  const backward = words.slice(0, 3).some((x) => BACKWARD_CUES.has(x));
  const [hit] = casual.parse(text, { instant, timezone: 0 }, { forwardDate: !backward });
  if (!hit || hit.index !== 0) return null;
  const len = hit.text.trim().split(/\s+/).length;
  // chrono also reads lone numbers and month words; those are this module's own grammar or not dates at all
  if (len === 1 && /^\d+$/.test(hit.text)) return null;
  const known = (c: string): boolean => hit.start.isCertain(c as Parameters<typeof hit.start.isCertain>[0]);
  if (known('hour') || known('minute')) return { len, unclear: `the time of day "${hit.text}"` };
  const iso = (d: Date): string => d.toISOString().slice(0, 10);
  const from = iso(hit.start.date());
  if (hit.end) {
    const to = iso(hit.end.date());
    return { len, range: { from, to, label: `${from}..${to}` } };
  }
  if (/\bweekend\b/.test(hit.text)) {
    // the Saturday and Sunday of the calendar week holding chrono's day (a Sunday belongs to the weekend it ends)
    const sat = addDays(mondayOf(from), 5);
    return { len, range: { from: sat, to: addDays(sat, 1), label: `${sat}..${addDays(sat, 1)}` } };
  }
  if (known('day') || known('weekday')) return { len, range: { from, to: from, label: from } };
  if (known('month')) {
    const [f, t] = monthRange(Number(from.slice(0, 4)), Number(from.slice(5, 7)));
    return { len, range: { from: f, to: t, label: f.slice(0, 7) } };
  }
  return null;
}

/**
 * A calendar period starting at token i, or null. `introduced`: the words before i are known to introduce a date
 * (the object of a follow-up's "what about"), so "may" and "march" are months there too.
 */
export function parsePeriod(w: readonly string[], i: number, asOf: string, introduced = false): Period | null {
  const asOfYear = Number(asOf.slice(0, 4));
  const asOfMonth = Number(asOf.slice(5, 7));
  const a = w[i] ?? '';
  const b = w[i + 1] ?? '';
  const c = w[i + 2] ?? '';

  // a part of a period: "the second half of sept", "the first week of march", "the last 2 weeks of october"
  const part0 = parsePeriodPart(w, i, asOf, parsePeriod);
  if (part0) return part0;
  // "the week of oct 14th", "week of the 3rd of march": the calendar week (Monday to Sunday) holding that day
  if (a === 'week' && b === 'of') {
    const k = c === 'the' ? i + 3 : i + 2;
    const day = parsePeriod(w, k, asOf);
    // the day named, or a holiday's own day ("the week of christmas")
    const named =
      day && 'range' in day ? (day.range.point ?? (day.range.from === day.range.to ? day.range.from : null)) : null;
    if (day && named) {
      const monday = mondayOf(named);
      // "(mon to sun)", "mon-fri" (the dash is gone from the tokens) after it says which of its days: the span
      // within that week
      const e = k + day.len;
      const joined = WEEKDAY_SPANS.has(w[e + 1] ?? '') ? 1 : 0;
      const [first, last] = [WEEKDAYS[w[e] ?? ''], WEEKDAYS[w[e + 1 + joined] ?? '']];
      const days = first !== undefined && last !== undefined && first <= last;
      const from = addDays(monday, days ? first : 0);
      const to = addDays(monday, days ? last : 6);
      return { len: e - i + (days ? 2 + joined : 0), range: { from, to, label: `${from}..${to}` } };
    }
  }
  // "FY25", "fy 2025", "fiscal year 2025", "financial 2025": a fiscal year starts in a month of its owner's
  const fiscal = fiscalYearAt(w, i);
  if (fiscal)
    return { len: fiscal.len, unclear: `"${fiscal.label}" (a fiscal year: its months depend on whose year it is)` };
  // "now", "today": the as-of day (as one end of "between now and October")
  if (a === 'now' || a === 'today') return { len: 1, range: { from: asOf, to: asOf, label: asOf } };
  // "year end", "year-end", "end of (the) year", "eoy": December of that year
  if ((a === 'year' && b === 'end') || a === 'eoy' || a === 'yearend') {
    const len = a === 'year' ? 2 : 1;
    const y = periodYear(w, i + len, asOfYear);
    const year = y?.year ?? asOfYear;
    const [from, to] = monthRange(year, 12);
    return { len: len + (y?.len ?? 0), range: { from, to, label: `year end ${year}`, periodEnd: true } };
  }
  // "the tail end of september": the end of it
  if (a === 'tail' && b === 'end' && w[i + 2] === 'of') {
    const end = parsePeriod(w, i + 1, asOf);
    return end && 'range' in end ? { len: end.len + 1, range: end.range } : null;
  }
  // "the early part of next year", "the latter part of october", "the last stretch of 2024": a third of it, as "early
  // next year" and "late october" are
  const partWord = PART_OF_NOUN_WORDS[a];
  if (partWord && PART_NOUNS.has(b) && w[i + 2] === 'of') {
    // "of the year": the as-of year
    const k = w[i + 3] === 'the' && w[i + 4] === 'year' ? i + 4 : i + 3;
    const inner =
      w[k] === 'year'
        ? { len: 1, range: { from: `${asOfYear}-01-01`, to: `${asOfYear}-12-31`, label: String(asOfYear) } }
        : parsePeriod(w, k, asOf);
    const r = inner && 'range' in inner ? partOf(inner.range, PART[partWord] ?? [0, 1], partWord) : null;
    return inner && r ? { len: k - i + inner.len, range: r } : null;
  }
  // "early / mid / late <period>", "the end of <period>", "the beginning of <period>"
  const part = PART[a];
  if (part) {
    let k = i + 1;
    if (w[k] === 'of') k++;
    if (w[k] === 'the') k++;
    if ((a === 'end' || a === 'start' || a === 'beginning' || a === 'middle') && w[i + 1] !== 'of') return null;
    // "end of (the) year": the year of as-of unless one follows
    if (w[k] === 'year' && !YEAR.test(w[k - 1] ?? '')) {
      const y = trailingYear(w, k + 1, asOfYear);
      const year = y?.year ?? asOfYear;
      const r = partOf({ from: `${year}-01-01`, to: `${year}-12-31`, label: String(year) }, part, a);
      return r ? { len: k + 1 - i + (y?.len ?? 0), range: r } : null;
    }
    // "end of 24", "early 25", "mid-26": two digits after a part word are the year of which it is a part
    const short = twoDigitYear(w[k] ?? '');
    if (short !== null) {
      const r = partOf({ from: `${short}-01-01`, to: `${short}-12-31`, label: String(short) }, part, a);
      return r ? { len: k + 1 - i, range: r } : null;
    }
    const inner = parsePeriod(w, k, asOf);
    if (inner && 'range' in inner) {
      const r = partOf(inner.range, part, a);
      if (r) return { len: k - i + inner.len, range: r };
    }
    return null;
  }
  // "the rest of the year / month", "the remainder of 2024", "later this year": from as-of to the end of it
  if (((a === 'rest' || a === 'remainder') && b === 'of') || (a === 'later' && b === 'this')) {
    const k = a === 'later' ? i + 2 : w[i + 2] === 'the' ? i + 3 : i + 2;
    const inner =
      w[k] === 'year'
        ? { len: 1, range: { from: `${asOfYear}-01-01`, to: `${asOfYear}-12-31`, label: String(asOfYear) } }
        : w[k] === 'month'
          ? { len: 1, range: { from: asOf, to: monthRange(asOfYear, asOfMonth)[1], label: '' } }
          : parsePeriod(w, k, asOf);
    if (inner && 'range' in inner && inner.range.to)
      return { len: k - i + inner.len, range: { from: asOf, to: inner.range.to, label: `${asOf}..${inner.range.to}` } };
    return null;
  }
  const iso = /^(\d{4})\.(\d{2})\.(\d{2})$/.exec(a);
  if (iso) {
    const d = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return { len: 1, range: { from: d, to: d, label: d } };
  }
  // "this coming september", "next summer", "last quarter", "next quarter"
  const shift = SHIFT[a];
  if (shift !== undefined) {
    const k = a === 'this' && b === 'coming' ? i + 2 : i + 1;
    const word = w[k] ?? '';
    if (word === 'year') {
      const y = asOfYear + shift;
      return { len: k + 1 - i, range: { from: `${y}-01-01`, to: `${y}-12-31`, label: String(y) } };
    }
    if (word === 'month') {
      // by calendar months: "last month" in mid-July is June (31 days back from the 1st would be May)
      const d = addMonths(`${asOf.slice(0, 8)}01`, shift);
      const [from, to] = monthRange(Number(d.slice(0, 4)), Number(d.slice(5, 7)));
      return { len: k + 1 - i, range: { from, to, label: from.slice(0, 7) } };
    }
    if (word === 'quarter') {
      return { len: k + 1 - i, range: quarterRange(asOfYear, Math.ceil(asOfMonth / 3) + shift) };
    }
    const m = MONTHS[word];
    if (m !== undefined && word !== 'may' && word !== 'mar') {
      // "next march" is the March after the coming one only when that one is this year; same as a bare month
      const base = m >= asOfMonth ? asOfYear : asOfYear + 1;
      const year = shift === -1 ? (m < asOfMonth ? asOfYear : asOfYear - 1) : base;
      const [from, to] = monthRange(year, m);
      return { len: k + 1 - i, range: { from, to, label: `${year}-${pad(m)}` } };
    }
    if (SEASONS[word] !== undefined) {
      const next = nextSeasonYear(word, asOf);
      const year =
        shift === 1 && next === asOfYear && (SEASONS[word]?.[0] ?? 0) <= asOfMonth
          ? next + 1
          : shift === -1
            ? next - 1
            : next;
      return { len: k + 1 - i, range: seasonRange(word, year) };
    }
  }
  // "oct 24": a day or October 2024, by the preposition before it (both plausible: asked back)
  const twoDigits = monthAndTwoDigits(w, i, asOf);
  if (twoDigits) return twoDigits;
  const month = MONTHS[a];
  const dayNext = dayOf(b);
  if (month !== undefined && dayNext === null) {
    // "may" and "march" are also verbs: a month only with a year, after a word that introduces a date, or opening a
    // range to another month ("may to aug", typed "may-aug")
    const y = trailingYear(w, i + 1, asOfYear);
    const rangeToMonth = RANGE_TO.has(w[i + 1] ?? '') && MONTHS[w[i + 2] ?? ''] !== undefined;
    // ... or modifying a noun of events ("the march ones", "may conferences": a verb has no such object)
    const modifiesEvents = EVENT_NOUNS.has(b) || ONE_WORDS.has(b);
    if (
      (a === 'may' || a === 'march') &&
      !y &&
      !rangeToMonth &&
      !introduced &&
      !modifiesEvents &&
      !DATE_INTRODUCERS.has(w[i - 1] ?? '')
    )
      return null;
    const year = y?.year ?? (month >= asOfMonth ? asOfYear : asOfYear + 1);
    const [from, to] = monthRange(year, month);
    return { len: 1 + (y?.len ?? 0), range: { from, to, label: `${year}-${pad(month)}` } };
  }
  // quarters: "q1 2025", "first quarter of 2025", "q3" (the next one to start when no year)
  const q = /^q([1-4])$/.exec(a);
  let quarter: number | null = null;
  let qlen = 0;
  if (q) {
    quarter = Number(q[1]);
    qlen = 1;
  } else if ((ORDINAL[a] !== undefined || a === 'final') && b === 'quarter') {
    quarter = a === 'final' ? 4 : (ORDINAL[a] ?? null);
    qlen = 2;
  }
  if (quarter !== null) {
    // "q1 25": two digits after a quarter typed short are its year (a quarter has no day they could be)
    const y = periodYear(w, i + qlen, asOfYear) ?? (q ? twoDigitYearAt(w, i + qlen) : null);
    const year = y?.year ?? (quarter * 3 < asOfMonth ? asOfYear + 1 : asOfYear);
    return { len: qlen + (y?.len ?? 0), range: quarterRange(year, quarter) };
  }
  // seasons: "spring 2025", "summer of 2025", "summer" (the next one to start, or the whole of the one running)
  if (SEASONS[a] !== undefined) {
    // "the winter hols", "summer break": the season's own break
    const tail = PERIOD_TAIL_NOUNS.has(b) ? 1 : 0;
    const y = periodYear(w, i + 1 + tail, asOfYear);
    // "which events fall in the first half of 2025": a season word after a word that is no determiner nor date
    // introducer and before a preposition of time is the verb (read by `occurrenceVerbs`), no season to intersect
    const before = w[i - 1] ?? '';
    if (!y && i > 0 && SEASON_VERB_PARTICLES.has(b) && !DATE_INTRODUCERS.has(before) && !SEASON_DETERMINERS.has(before))
      return null;
    const range = seasonRange(a, y ? y.year : nextSeasonYear(a, asOf));
    return { len: 1 + tail + (y?.len ?? 0), range };
  }
  // halves: "h1 2025", "the second half of next year", "first half" (of the as-of year)
  const half = /^h([12])$/.exec(a);
  let h: number | null = half ? Number(half[1]) : null;
  let hlen = half ? 1 : 0;
  if (h === null && (a === 'first' || a === 'second' || a === '1st' || a === '2nd') && b === 'half') {
    h = a === 'first' || a === '1st' ? 1 : 2;
    hlen = 2;
  }
  if (h !== null) {
    const y = periodYear(w, i + hlen, asOfYear);
    const year = y?.year ?? asOfYear;
    return {
      len: hlen + (y?.len ?? 0),
      range: {
        from: h === 1 ? `${year}-01-01` : `${year}-07-01`,
        to: h === 1 ? `${year}-06-30` : `${year}-12-31`,
        label: `H${h} ${year}`,
      },
    };
  }
  // "october 9th (2024)", "9th october (2024)", "9th of october (2024)"
  const dm =
    month !== undefined && dayNext !== null
      ? { m: month, d: dayNext, len: 2 }
      : dayOf(a) !== null && MONTHS[b] !== undefined
        ? { m: MONTHS[b] ?? 1, d: dayOf(a) ?? 1, len: 2 }
        : dayOf(a) !== null && b === 'of' && MONTHS[c] !== undefined
          ? { m: MONTHS[c] ?? 1, d: dayOf(a) ?? 1, len: 3 }
          : null;
  if (dm) {
    const yearWord = w[i + dm.len] ?? '';
    const year = YEAR.test(yearWord) ? Number(yearWord) : dm.m >= asOfMonth ? asOfYear : asOfYear + 1;
    const d = `${year}-${pad(dm.m)}-${pad(dm.d)}`;
    return { len: dm.len + (YEAR.test(yearWord) ? 1 : 0), range: { from: d, to: d, label: d } };
  }
  // "2025/26", "2025-26": a span across two years typed as one (a season, a fiscal or academic year): which months
  // it covers is not said; "from 2025 to 26" is the two years
  if (YEAR.test(a) && !RANGE_OPENERS.has(w[i - 1] ?? '')) {
    const k = RANGE_TO.has(b) ? i + 2 : i + 1;
    if (/^\d\d$/.test(w[k] ?? '') && Number(w[k]) === (Number(a) + 1) % 100)
      return { len: k + 1 - i, unclear: `"${a}/${w[k]}" (a span across two years: which months of them?)` };
  }
  if (YEAR.test(a)) return { len: 1, range: { from: `${a}-01-01`, to: `${a}-12-31`, label: a } };
  // "events in 25", "anything since 24": two digits alone after a preposition of time, where they count nothing
  const bare = bareTwoDigitYear(w, i);
  if (bare !== null) return { len: 1, range: { from: `${bare}-01-01`, to: `${bare}-12-31`, label: String(bare) } };
  // holidays: the next one on or after as-of unless a year follows
  for (const { words, holiday } of HOLIDAY_PHRASES) {
    if (!startsWith(w, i, words) || (holiday.season && !seasonBound(w, i))) continue;
    // "the christmas holidays", "easter break": the holiday's own period; "christmas week", "valentine's week": the
    // calendar week (Monday to Sunday) holding its own day
    const week = w[i + words.length] === 'week' && w[i + words.length + 1] !== 'of' ? 1 : 0;
    const tail = week || PERIOD_TAIL_NOUNS.has(w[i + words.length] ?? '') ? 1 : 0;
    const y = trailingYear(w, i + words.length + tail, asOfYear);
    let year = y?.year ?? asOfYear;
    let day = holidayDate(holiday, year);
    if (!y && day && addDays(day, holiday.days - 1) < asOf) {
      year += 1;
      day = holidayDate(holiday, year);
    }
    const len = words.length + tail + (y?.len ?? 0);
    if (!day) return { len, unclear: `${holiday.label} ${year} (its date is not known here)` };
    const to = addDays(day, holiday.days - 1);
    const point = addDays(day, holiday.ownDay ?? 0);
    if (week) {
      const monday = mondayOf(point);
      return { len, range: { from: monday, to: addDays(monday, 6), label: `the week of ${holiday.label} ${year}` } };
    }
    const own = holiday.days > 1 && !holiday.season;
    return { len, range: { from: day, to, label: `${holiday.label} ${year}`, ...(own ? { point } : {}) } };
  }
  for (const words of VAGUE_PHRASES)
    if (startsWith(w, i, words)) return { len: words.length, unclear: `"${words.join(' ')}" (which dates?)` };
  return chronoPeriod(w, i, asOf);
}
