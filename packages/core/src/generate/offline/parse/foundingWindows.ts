/**
 * A window of time governed by a verb of founding ("founded in the last 5 years", "established this decade", "set up
 * since 2015", "incorporated over the past decade") is a window on the company's founding year, never on an event's
 * dates: read here, before the time reader takes the window as the events' own.
 *
 * @example foundingWindowAt(['founded', 'in', 'the', 'last', '5', 'years'], 0, 2024)
 *   // { end: 6, op: '>=', value: 2020, label: 'founded year >= 2020' }
 */
import type { CompareOp } from '../ir/Request';

/** Verbs (and phrasal verbs) of a company's founding. "started" / "created" are left out: events start too. */
const FOUNDING_VERBS: readonly (readonly string[])[] = [
  ['founded'],
  ['established'],
  ['incorporated'],
  ['formed'],
  ['set', 'up'],
  ['setup'],
];
const WINDOW_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'within', 'during', 'over', 'across']);
const BACKWARD_LEADS: ReadonlySet<string> = new Set(['last', 'past', 'previous', 'prior', 'preceding']);
/** Years in one unit of a window ("5 years", "2 decades"). */
const YEARS_IN: Readonly<Record<string, number>> = { year: 1, years: 1, yr: 1, yrs: 1, decade: 10, decades: 10 };
/**
 * A bound on a year said right after the verb ("set up since 2015", "established from 2010"): the op it puts on the
 * founding year. The quantity reader reads the bounds of its own founding words ("founded after 2010", "founded in
 * 2015 or later"); these are the ones it does not.
 */
const YEAR_BOUNDS: Readonly<Record<string, CompareOp>> = { since: '>=', from: '>=', after: '>', before: '<' };
/** Words after the year that make it one end of a range ("from 2010 to 2015"), left to the range readers. */
const RANGE_CONTINUERS: ReadonlySet<string> = new Set(['to', 'and', '-', 'until', 'till', 'through', 'thru', 'or']);
/** The verbs whose "since / after / before <year>" the quantity reader already reads. */
const READ_BY_QUANTITIES: ReadonlySet<string> = new Set(['founded', 'established', 'incorporated', 'formed']);

export interface FoundingWindow {
  /** The token after the window (the verb is at the index asked about). */
  end: number;
  op: CompareOp;
  value: number;
  label: string;
}

function verbLength(w: readonly string[], i: number): number {
  for (const v of FOUNDING_VERBS) if (v.every((x, k) => w[i + k] === x)) return v.length;
  return 0;
}

function window(end: number, op: CompareOp, value: number): FoundingWindow {
  return { end, op, value, label: `founded year ${op} ${value}` };
}

/** The window on the founding year said by the verb of founding at `i` (see the module comment), or null. */
export function foundingWindowAt(w: readonly string[], i: number, asOfYear: number): FoundingWindow | null {
  const len = verbLength(w, i);
  if (len === 0) return null;
  let k = i + len;
  // "set up since 2015", "established from 2010": a year bound right after the verb
  const bound = YEAR_BOUNDS[w[k] ?? ''];
  if (
    bound &&
    /^(1[6-9]|20)\d\d$/.test(w[k + 1] ?? '') &&
    !RANGE_CONTINUERS.has(w[k + 2] ?? '') &&
    !(READ_BY_QUANTITIES.has(w[i] ?? '') && w[k] !== 'from')
  )
    return window(k + 2, bound, Number(w[k + 1]));
  if (WINDOW_PREPOSITIONS.has(w[k] ?? '')) k++;
  // "founded this decade", "established this year": the current calendar decade / year
  if (w[k] === 'this' && (w[k + 1] === 'decade' || w[k + 1] === 'year')) {
    return w[k + 1] === 'decade' ? window(k + 2, '>=', Math.floor(asOfYear / 10) * 10) : window(k + 2, '=', asOfYear);
  }
  const article = w[k] === 'the';
  if (article) k++;
  if (!BACKWARD_LEADS.has(w[k] ?? '')) return null;
  k++;
  // "founded last year": the calendar year before this one; "in the past year": the twelve months to today, which
  // reach into last year
  if (!/^\d+$/.test(w[k] ?? '') && (w[k] === 'year' || w[k] === 'yr')) {
    return article ? window(k + 1, '>=', asOfYear - 1) : window(k + 1, '=', asOfYear - 1);
  }
  // "the last 5 years", "the past decade", "the last two decades"
  let n = 1;
  const counted = /^\d+$/.test(w[k] ?? '');
  if (counted) n = Number(w[k++]);
  const unit = YEARS_IN[w[k] ?? ''];
  // an uncounted plural ("the past years") says no span
  if (!unit || n <= 0 || (!counted && unit === 1) || (!counted && w[k] === 'decades')) return null;
  // the window ends this year and holds `years` calendar years ("the last 5 years" of 2024 is 2020..2024)
  return window(k + 1, '>=', asOfYear - n * unit + 1);
}
