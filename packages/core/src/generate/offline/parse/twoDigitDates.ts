/**
 * Two readings a typed date can have, decided by the words around it:
 *
 * - "oct 24": the 24th of October, or October 2024 (a year written with two digits). A full year after it ("oct 24
 *   2025") makes it the day of that year. Else the preposition decides
 *   when there is one: "on oct 24" is a day, "in / during / throughout oct 24" a month of that year. A number
 *   that cannot be a day ("oct 45") is a year, one that cannot be a year near today ("oct 09" two decades off)
 *   a day; otherwise both are plausible and the question is asked back with both readings. After a bare month and a
 *   word that lists it with this one ("jan/feb 25", "nov and dec 24", "sept or oct 25") the number is the list's year:
 *   a list of a whole month and one day of another names no window anyone asks about (a range, "jan to feb 25", may
 *   end on a day, and is still asked).
 * - "2025 singapore events": a year said before the noun phrase it dates, with a few words of the phrase between
 *   them (a place, a theme), is the events' year, as "2025 events" is.
 */
import { ENTITY_WORDS } from '../lexicon/entityWords';
import { MONTH_NAMES, MONTHS } from '../lexicon/timeWords';
import { monthRange, pad } from './dates';
import type { Range } from './periods';

/** Prepositions after which a month and a number name a day: "on oct 24". */
const DAY_LEADS: ReadonlySet<string> = new Set(['on']);
/** Prepositions after which a month and a number name a month of a year: "in oct 24". */
const MONTH_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'throughout', 'within']);
/** Words that list months ("jan and feb", "jan/feb", typed with a slash, reads "jan or feb"). */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', '&']);
/** A year written in full ("2025"). */
const FULL_YEAR = /^(?:19|20)\d\d$/;
/** How far from the as-of year a two-digit year is still read as one ("oct 24" in 2024). */
const YEAR_REACH = 3;

/**
 * "<month> NN" at i (NN two digits, no ordinal suffix): a day, a month of 20NN, or unclear. Null when the words
 * are not a month and such a number.
 * @example monthAndTwoDigits(['in', 'oct', '24'], 1, '2024-07-15') // October 2024
 */
export function monthAndTwoDigits(
  w: readonly string[],
  i: number,
  asOf: string,
): { len: number; range: Range } | { len: number; unclear: string } | null {
  const month = MONTHS[w[i] ?? ''];
  const digits = w[i + 1] ?? '';
  if (month === undefined || !/^\d\d$/.test(digits)) return null;
  const n = Number(digits);
  const asOfYear = Number(asOf.slice(0, 4));
  const asYear = 2000 + n;
  const canBeDay = n >= 1 && n <= 31;
  const canBeYear = Math.abs(asYear - asOfYear) <= YEAR_REACH;
  const lead = w[i - 1] ?? '';
  const asMonth = (): { len: number; range: Range } => {
    const [from, to] = monthRange(asYear, month);
    return { len: 2, range: { from, to, label: `${asYear}-${pad(month)}` } };
  };
  const asDay = (): { len: number; range: Range } => {
    const asOfMonth = Number(asOf.slice(5, 7));
    const year = month >= asOfMonth ? asOfYear : asOfYear + 1;
    const d = `${year}-${pad(month)}-${pad(n)}`;
    return { len: 2, range: { from: d, to: d, label: d } };
  };
  if (!canBeDay && !canBeYear) return null;
  // "jul 15 2025": a year written after the two digits says they are the day (a month has one year)
  const yearAfter = w[i + 2] ?? '';
  if (canBeDay && FULL_YEAR.test(yearAfter)) {
    const d = `${yearAfter}-${pad(month)}-${pad(n)}`;
    return { len: 3, range: { from: d, to: d, label: d } };
  }
  // "jan/feb 25", "nov and dec 24": the number after a list of bare months is their year
  if (canBeYear && LIST_JOINERS.has(lead) && MONTHS[w[i - 2] ?? ''] !== undefined) return asMonth();
  if (!canBeYear || (canBeDay && DAY_LEADS.has(lead))) return asDay();
  if (!canBeDay || MONTH_LEADS.has(lead)) return asMonth();
  const name = `${w[i] ?? ''} ${digits}`;
  return {
    len: 2,
    unclear: `"${name}" (the ${n}${ordinalSuffix(n)} of the month, or the whole month in ${asYear}: say "on" for the day or "in" for the month)`,
  };
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

/** One-word nouns of events ("events", "conferences", "expos"). */
const EVENT_NOUNS: ReadonlySet<string> = new Set(
  ENTITY_WORDS.filter((e) => e.entity === 'events' && !e.phrase.includes(' ')).map((e) => e.phrase),
);
/** Words of the noun phrase a year may stand before: "2025 singapore events", "2025 food and beverage events". */
const MAX_WORDS_BETWEEN = 3;

/** True when the year at k dates the event noun phrase after it ("2025 events", "2025 singapore tech events"). */
export function yearBeforeEventNoun(w: readonly string[], k: number): boolean {
  for (let j = k + 1; j <= k + 1 + MAX_WORDS_BETWEEN && j < w.length; j++) {
    const x = w[j] ?? '';
    if (EVENT_NOUNS.has(x)) return true;
    if (/\d/.test(x)) return false;
  }
  return false;
}

/**
 * True when the year at k follows an event noun as its date ("beauty shows 2025", "events 2024"): the events of that
 * year, as "2025 events" is. A name with its year ("cemat 2024") is read whole by the name readers before this.
 */
export function yearAfterEventNoun(w: readonly string[], k: number): boolean {
  return EVENT_NOUNS.has(w[k - 1] ?? '') && !/\d/.test(w[k + 1] ?? '');
}

/**
 * The two readings of a month and two digits asked back ("oct 24"): the day, and the month of that year, each as
 * the words that say it without doubt (the reply replaces the part in the question). Empty for other words.
 * @example twoDigitDateOptions(['oct', '24']) // the 24th of October, or October 2024
 */
export function twoDigitDateOptions(part: readonly string[]): { label: string; replacement: string }[] {
  const [m, digits] = part;
  const month = MONTHS[m ?? ''];
  if (part.length !== 2 || month === undefined || !/^\d\d$/.test(digits ?? '')) return [];
  const n = Number(digits);
  const name = MONTH_NAMES[month - 1] ?? '';
  return [
    { label: `the ${n}${ordinalSuffix(n)} of ${name} (one day)`, replacement: `on ${name} ${n}${ordinalSuffix(n)}` },
    { label: `${name} ${2000 + n} (the whole month)`, replacement: `in ${name} ${2000 + n}` },
  ];
}
