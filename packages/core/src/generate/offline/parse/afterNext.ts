import { addDays, mondayOf, monthRange } from './dates';
import type { Range } from './periods';

/** The calendar units "the <unit> after next" is said of. */
const UNITS: ReadonlySet<string> = new Set(['week', 'month', 'quarter', 'year']);

/**
 * "the week after next", "the month after next", "in the year after next": the calendar period two after the current
 * one (a week from Monday to Sunday, as a calendar's). `len` counts the words read from `i`, an article or a
 * preposition of time before the unit included; null when the words at `i` are no such phrase.
 * @example unitAfterNext(['the', 'week', 'after', 'next'], 0, '2024-07-15') // { len: 4, range: 2024-07-29..2024-08-04 }
 */
export function unitAfterNext(w: readonly string[], i: number, asOf: string): { len: number; range: Range } | null {
  let k = i;
  if (['in', 'during', 'for'].includes(w[k] ?? '')) k++;
  if (w[k] === 'the') k++;
  const unit = w[k] ?? '';
  if (!UNITS.has(unit) || w[k + 1] !== 'after' || w[k + 2] !== 'next') return null;
  const len = k + 3 - i;
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  if (unit === 'week') {
    // Monday of this week, then two weeks on
    const monday = mondayOf(asOf);
    const from = addDays(monday, 14);
    const to = addDays(from, 6);
    return { len, range: { from, to, label: `${from}..${to}` } };
  }
  if (unit === 'year') {
    const y = year + 2;
    return { len, range: { from: `${y}-01-01`, to: `${y}-12-31`, label: String(y) } };
  }
  // a month or a quarter: counted in months from the current one's first
  const step = unit === 'month' ? 1 : 3;
  const first = unit === 'month' ? month : Math.floor((month - 1) / 3) * 3 + 1;
  const startIndex = year * 12 + (first - 1) + 2 * step;
  const endIndex = startIndex + step - 1;
  const [from] = monthRange(Math.floor(startIndex / 12), (startIndex % 12) + 1);
  const [, to] = monthRange(Math.floor(endIndex / 12), (endIndex % 12) + 1);
  const label =
    unit === 'month' ? from.slice(0, 7) : `Q${Math.floor((startIndex % 12) / 3) + 1} ${Math.floor(startIndex / 12)}`;
  return { len, range: { from, to, label } };
}
