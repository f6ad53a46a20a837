/**
 * A range of days typed with one month for both ends: "1st-15th aug", "the 3rd to the 9th of march", "aug 1 to 15",
 * "between 1 and 15 aug", "1st aug to 15th" (and with a month at each end, "28 aug to 3 sep"). Each end alone is no
 * period (a day number says no month), so the month said once is shared by both ends; the year follows the product's
 * convention for a month named without one (the next to start, relative to as-of) unless a year is typed after an end.
 */
import { MONTHS } from '../lexicon/timeWords';
import { monthRange, pad } from './dates';
import type { Range } from './periods';

const YEAR = /^(19|20)\d\d$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
/** Words that join the two ends of a range ("1 to 15", "3rd through 9th"; a dash between them is read as "to"). */
const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'through', 'thru', 'until', 'till']);

/** One end: a day with or without its month ("the 3rd", "15th of aug", "aug 1st") and an optional year. */
interface DayEnd {
  day: number;
  month: number | null;
  year: number | null;
  len: number;
}

function dayAt(w: readonly string[], k: number): number | null {
  const m = DAY.exec(w[k] ?? '');
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** The end of a range at k: "[the] D [of] [month] [year]" or "month D [year]". */
function endAt(w: readonly string[], k: number): DayEnd | null {
  let j = w[k] === 'the' ? k + 1 : k;
  let month: number | null = null;
  let day = dayAt(w, j);
  if (day === null) {
    month = MONTHS[w[j] ?? ''] ?? null;
    day = month === null ? null : dayAt(w, j + 1);
    if (day === null || month === null) return null;
    j += 2;
  } else {
    j++;
    const of = w[j] === 'of' ? 1 : 0;
    const named = MONTHS[w[j + of] ?? ''];
    if (named !== undefined) {
      month = named;
      j += of + 1;
    }
  }
  const year = YEAR.test(w[j] ?? '') ? Number(w[j]) : null;
  if (year !== null) j++;
  return { day, month, year, len: j - k };
}

/**
 * The range of days at token i, or null. `between`: "between" was read before i, so "and" joins the ends too
 * ("between 1st and 15th aug"); elsewhere "1st and 15th aug" is two days, not a range.
 * @example dayRangeAt(['1st', 'to', '15th', 'aug'], 0, '2024-07-15', false) // 2024-08-01..2024-08-15
 */
export function dayRangeAt(
  w: readonly string[],
  i: number,
  asOf: string,
  between: boolean,
): { len: number; range: Range } | null {
  const first = endAt(w, i);
  if (!first) return null;
  const joiner = w[i + first.len] ?? '';
  if (!RANGE_JOINERS.has(joiner) && !(between && joiner === 'and')) return null;
  const second = endAt(w, i + first.len + 1);
  if (!second) return null;
  const startMonth = first.month ?? second.month;
  const endMonth = second.month ?? first.month;
  // a month at neither end ("from 1 to 15") is no date; a month at both ends with no day missing its month is a
  // range the period reader already takes ("1 aug to 15 aug"), read here all the same so the ends agree
  if (startMonth === null || endMonth === null) return null;
  const asOfYear = Number(asOf.slice(0, 4));
  const asOfMonth = Number(asOf.slice(5, 7));
  // a year typed after the end holds for the start too (the year before when the range crosses new year)
  const wraps = endMonth < startMonth ? 1 : 0;
  const startYear =
    first.year ?? (second.year !== null ? second.year - wraps : startMonth >= asOfMonth ? asOfYear : asOfYear + 1);
  const endYear = second.year ?? startYear + wraps;
  const from = dateOf(startYear, startMonth, first.day);
  const to = dateOf(endYear, endMonth, second.day);
  if (!from || !to || from > to) return null;
  return { len: first.len + 1 + second.len, range: { from, to, label: `${from}..${to}` } };
}

/** The ISO date, or null for a day the month does not have ("31 june"). */
function dateOf(year: number, month: number, day: number): string | null {
  const last = Number(monthRange(year, month)[1].slice(8, 10));
  return day <= last ? `${year}-${pad(month)}-${pad(day)}` : null;
}
