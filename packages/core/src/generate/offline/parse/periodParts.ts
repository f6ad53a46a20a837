/**
 * A part of a calendar period, by the grammar "<which> <part> of <period>", for any period the date grammar reads
 * (a month, a quarter, a season, a year): "the second half of sept", "the back half of october", "the first week of
 * march", "the last week of september", "the third week of november", "the first 10 days of december", "the last 2
 * weeks of october", "the middle third of may". "towards / toward the end of <period>" is the period's end (the
 * `early / mid / late` reading of `periods.ts`).
 *
 * Conventions (relative to as-of through the inner period, which already knows "a month without a year is the next
 * one to start"):
 *  - halves of a calendar year are the calendar halves (H1 = January-June); halves of anything else split its days,
 *    the first half taking the smaller share (September: 1-15 and 16-30; February 2025: 1-14 and 15-28);
 *  - week n of a period is its days 7n-6..7n; the last (final) week is its last seven days;
 *  - the first / last N days or weeks are its first / last N days or 7N days;
 *  - thirds are the thirds of `periods.ts` (early / mid / late);
 *  - the nth (or last) month or quarter of a period is the nth calendar month or quarter it holds whole ("the last
 *    month of 2024" = December 2024, "the first month of Q2 2025" = April 2025, "the second quarter of H2" = Q4);
 *    an nth it does not hold ("the fifth quarter of 2025") is asked about.
 */
import { FROM_END_WORDS, ORDINAL_WORDS, TOWARDS_WORDS, VAGUE_COUNTS } from '../lexicon/timeWords';
import { addDays, addMonths, daysBetween, monthRange, pad } from './dates';
import type { Period, Range } from './periods';

/** Reads the period at token k (the product's date grammar; passed in so this module stays below it). */
export type PeriodReader = (w: readonly string[], k: number, asOf: string) => Period | null;

const FIRST: ReadonlySet<string> = new Set(['first', '1st', 'front', 'opening']);
const LAST: ReadonlySet<string> = new Set(FROM_END_WORDS);
const YEAR = /^(19|20)\d\d$/;
/** Ordinal words of the week of a period ("the third week of november"). */
const WEEK_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  opening: 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
/** Which half: the first, or the second (its synonyms in everyday English: "back", "latter", "last"). */
const HALF_WORDS: Readonly<Record<string, 1 | 2>> = {
  first: 1,
  '1st': 1,
  front: 1,
  second: 2,
  '2nd': 2,
  back: 2,
  latter: 2,
  last: 2,
  final: 2,
};
/** Which third: the first, the middle or the last. */
const THIRD_WORDS: Readonly<Record<string, 0 | 1 | 2>> = {
  first: 0,
  '1st': 0,
  middle: 1,
  second: 1,
  '2nd': 1,
  last: 2,
  final: 2,
  third: 2,
  '3rd': 2,
};
const TOWARDS: ReadonlySet<string> = new Set(TOWARDS_WORDS);

type Inner = { len: number; range: Range & { from: string; to: string } };

/** The period after "of" at k (with an optional "the"); "of the year" is the as-of year. */
function innerAfterOf(w: readonly string[], k: number, asOf: string, read: PeriodReader): Inner | null {
  if (w[k] !== 'of') return null;
  let j = k + 1;
  if (w[j] === 'the') j++;
  if (w[j] === 'year' || w[j] === 'month') {
    const y = asOf.slice(0, 4);
    if (w[j] === 'year') return { len: j + 1 - k, range: { from: `${y}-01-01`, to: `${y}-12-31`, label: y } };
    const from = `${asOf.slice(0, 8)}01`;
    const to = addDays(`${addDays(from, 40).slice(0, 8)}01`, -1);
    return { len: j + 1 - k, range: { from, to, label: from.slice(0, 7) } };
  }
  const p = read(w, j, asOf);
  if (!p || !('range' in p) || !p.range.from || !p.range.to) return null;
  return { len: j - k + p.len, range: { ...p.range, from: p.range.from, to: p.range.to } };
}

function slice(inner: Inner, fromDay: number, toDay: number, label: string): Range | null {
  const days = daysBetween(inner.range.from, inner.range.to) + 1;
  const a = Math.max(0, fromDay);
  const b = Math.min(days - 1, toDay);
  if (a > b) return null;
  return {
    from: addDays(inner.range.from, a),
    to: addDays(inner.range.from, b),
    label: `${label} ${inner.range.label}`,
  };
}

function isCalendarYear(r: Range): boolean {
  return (
    !!r.from &&
    !!r.to &&
    r.from.endsWith('-01-01') &&
    r.to.endsWith('-12-31') &&
    r.from.slice(0, 4) === r.to.slice(0, 4)
  );
}

/** Calendar units a period can be counted in by ordinal ("the third month of", "the last quarter of"). */
const CALENDAR_UNITS: Readonly<Record<string, 1 | 3>> = { month: 1, quarter: 3 };

/** The position an ordinal word gives (1 = first; -1 = last), or null: "third", "3rd", "final". */
function ordinalAt(word: string): number | null {
  if (LAST.has(word)) return -1;
  const named = ORDINAL_WORDS[word];
  if (named !== undefined) return named;
  const digits = /^(\d{1,2})(st|nd|rd|th)$/.exec(word);
  return digits ? Number(digits[1]) : null;
}

/**
 * The calendar months (step 1) or quarters (step 3) a period holds whole, in order; none when the period does not
 * start and end on their bounds (a part of a month has no "first month").
 */
function calendarUnitsOf(range: Inner['range'], step: 1 | 3): Range[] {
  const units: Range[] = [];
  const firstMonth = Number(range.from.slice(5, 7));
  if (!range.from.endsWith('-01') || (firstMonth - 1) % step !== 0) return [];
  for (let from = range.from; from <= range.to; from = addMonths(from, step)) {
    const y = Number(from.slice(0, 4));
    const m = Number(from.slice(5, 7));
    const to = monthRange(y, m + step - 1)[1];
    if (to > range.to) return [];
    units.push({ from, to, label: step === 1 ? `${y}-${pad(m)}` : `Q${(m + 2) / 3} ${y}` });
  }
  return units;
}

/** The period a calendar unit is counted in: "of <period>" (`innerAfterOf`), or a year right after ("last quarter 2025"). */
function containingPeriod(w: readonly string[], k: number, asOf: string, read: PeriodReader): Inner | null {
  if (YEAR.test(w[k] ?? '')) {
    const y = w[k] ?? '';
    return { len: 1, range: { from: `${y}-01-01`, to: `${y}-12-31`, label: y } };
  }
  return innerAfterOf(w, k, asOf, read);
}

/**
 * The part of a period starting at token i, or null when the words there are no "<which> <part> of <period>". A
 * part of a period that does not hold it ("the fifth week of february") is `unclear`, never dropped.
 */
export function parsePeriodPart(w: readonly string[], i: number, asOf: string, read: PeriodReader): Period | null {
  const a = w[i] ?? '';
  const b = w[i + 1] ?? '';
  // "towards the end of september": the end of it, as "the end of september" reads
  if (TOWARDS.has(a)) {
    const k = b === 'the' ? i + 2 : i + 1;
    const p = read(w, k, asOf);
    return p && 'range' in p ? { len: k - i + p.len, range: p.range } : null;
  }
  // "second half of sept", "the back half of october"
  const half = HALF_WORDS[a];
  if (half !== undefined && b === 'half') {
    const inner = innerAfterOf(w, i + 2, asOf, read);
    if (!inner) return null;
    const len = 2 + inner.len;
    if (isCalendarYear(inner.range)) {
      const y = inner.range.from.slice(0, 4);
      const range =
        half === 1
          ? { from: `${y}-01-01`, to: `${y}-06-30`, label: `H1 ${y}` }
          : { from: `${y}-07-01`, to: `${y}-12-31`, label: `H2 ${y}` };
      return { len, range };
    }
    const days = daysBetween(inner.range.from, inner.range.to) + 1;
    const cut = Math.floor(days / 2);
    const r =
      half === 1 ? slice(inner, 0, cut - 1, 'the first half of') : slice(inner, cut, days - 1, 'the second half of');
    return r ? { len, range: r } : null;
  }
  // "the first third of may", "the last third of october"
  const third = THIRD_WORDS[a];
  if (third !== undefined && b === 'third') {
    const inner = innerAfterOf(w, i + 2, asOf, read);
    if (!inner) return null;
    const days = daysBetween(inner.range.from, inner.range.to) + 1;
    const r = slice(
      inner,
      Math.floor((days * third) / 3),
      Math.floor((days * (third + 1)) / 3) - 1,
      `the ${['first', 'middle', 'last'][third]} third of`,
    );
    return r ? { len: 2 + inner.len, range: r } : null;
  }
  // "the first week of march", "the last week of september", "the third week of november"
  if (b === 'week' && (WEEK_ORDINALS[a] !== undefined || LAST.has(a))) {
    const inner = innerAfterOf(w, i + 2, asOf, read);
    if (!inner) return null;
    const days = daysBetween(inner.range.from, inner.range.to) + 1;
    const n = WEEK_ORDINALS[a];
    const r =
      n === undefined
        ? slice(inner, days - 7, days - 1, 'the last week of')
        : slice(inner, 7 * n - 7, 7 * n - 1, `week ${n} of`);
    if (n !== undefined && 7 * n > days)
      return { len: 2 + inner.len, unclear: `"${w.slice(i, i + 2 + inner.len).join(' ')}"` };
    return r ? { len: 2 + inner.len, range: r } : null;
  }
  // "the last month of 2024", "the third month of next year", "the first quarter of 2025", "last quarter 2025"
  const ordinal = ordinalAt(a);
  const step = CALENDAR_UNITS[b];
  if (ordinal !== null && step !== undefined) {
    const inner = containingPeriod(w, i + 2, asOf, read);
    if (!inner) return null;
    const units = calendarUnitsOf(inner.range, step);
    const unit = ordinal === -1 ? units.at(-1) : units[ordinal - 1];
    if (!unit) return { len: 2 + inner.len, unclear: `"${w.slice(i, i + 2 + inner.len).join(' ')}"` };
    return { len: 2 + inner.len, range: unit };
  }
  // "the first 10 days of december", "the last 2 weeks of october"; a vague count reads as `VAGUE_COUNTS` says ("the
  // last couple of weeks of august": 2, "the first few days of september": 3)
  const vague = VAGUE_COUNTS[b];
  if ((FIRST.has(a) || LAST.has(a)) && vague !== undefined) {
    const skip = w[i + 2] === 'of' ? 1 : 0;
    const counted = [...w.slice(0, i + 1), String(vague), ...w.slice(i + 2 + skip)];
    const p = parsePeriodPart(counted, i, asOf, read);
    return p ? { ...p, len: p.len + skip } : null;
  }
  if ((FIRST.has(a) || LAST.has(a)) && /^\d+$/.test(b)) {
    const unit = w[i + 2] ?? '';
    const per = unit === 'day' || unit === 'days' ? 1 : unit === 'week' || unit === 'weeks' ? 7 : 0;
    if (per === 0) return null;
    const inner = innerAfterOf(w, i + 3, asOf, read);
    if (!inner) return null;
    const days = daysBetween(inner.range.from, inner.range.to) + 1;
    const span = Number(b) * per;
    if (span <= 0 || span > days)
      return { len: 3 + inner.len, unclear: `"${w.slice(i, i + 3 + inner.len).join(' ')}"` };
    const r = FIRST.has(a)
      ? slice(inner, 0, span - 1, `the first ${b} ${unit} of`)
      : slice(inner, days - span, days - 1, `the last ${b} ${unit} of`);
    return r ? { len: 3 + inner.len, range: r } : null;
  }
  return null;
}
