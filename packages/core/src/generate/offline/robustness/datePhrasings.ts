/**
 * The date phrasings of the robustness corpus, each with the start-date window it means relative to "today"
 * (as-of). The conventions are the product's (../shared/eval/README.md) extended to the phrasings listed in
 * issue 12: a month without a year is its next occurrence (this month included); "mid-<month>" is its middle
 * third, the 11th to the 20th; Christmas is 24-26 December and New Year 31 December - 1 January; seasons are meteorological (winter
 * Y = December Y to February Y+1), the one running today from today on; "past/last N months" is [today - N months,
 * today] (the parser also keeps only events already over, which the demo data cannot tell apart); "next N months" and
 * "between now and X" start today; "by year end" is [today, 31 December]; "after X" and "before X" are open.
 */

export const DATE_KINDS = [
  'month',
  'month-abbrev',
  'month-no-year',
  'mid-month',
  'holiday',
  'year-end',
  'season',
  'half',
  'past-months',
  'next-months',
  'between-now-and',
  'this-year',
  'open-range',
  'quarter',
  // added with the typed-as-users-type round: parts of a month, vague windows, seasons and quarters without a year
  'month-part',
  'vague-window',
] as const;
/** The kinds added after the first corpus: sampled apart so the cases of the kinds above stay as they were. */
export const LATER_DATE_KINDS: ReadonlySet<DateKind> = new Set(['month-part', 'vague-window']);
export type DateKind = (typeof DATE_KINDS)[number];

export interface DatePhrase {
  kind: DateKind;
  /** As it follows a noun: "in October 2024", "this year", "over the past 3 months". */
  phrase: string;
  from: string | null;
  to: string | null;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;
const ORDINALS = ['first', 'second', 'third', 'fourth'] as const;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'] as const;
const SEASONS = [
  { names: ['spring'], first: 3 },
  { names: ['summer'], first: 6 },
  { names: ['autumn', 'fall'], first: 9 },
  { names: ['winter'], first: 12 },
] as const;

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthName = (m: number): string => MONTHS[m - 1] ?? '';
const abbreviation = (m: number): string => ABBREVIATIONS[m - 1] ?? '';

/** `asOf` moved by `n` months, the day clamped to the month's length. */
function addMonths(asOf: string, n: number): string {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return ymd(ny, nm, Math.min(d, lastDay(ny, nm)));
}

/** Every date phrasing of the corpus over the months of `years`, relative to `asOf`. */
export function datePhrases(asOf: string, years: readonly number[]): DatePhrase[] {
  const [ty, tm] = asOf.split('-').map(Number) as [number, number];
  const out: DatePhrase[] = [];
  const add = (kind: DateKind, phrase: string, from: string | null, to: string | null): void => {
    out.push({ kind, phrase, from, to });
  };
  for (const y of years) {
    for (let m = 1; m <= 12; m++) {
      const first = ymd(y, m, 1);
      const last = ymd(y, m, lastDay(y, m));
      add('month', `in ${monthName(m)} ${y}`, first, last);
      add('month-abbrev', `in ${abbreviation(m)} ${y}`, first, last);
      add('mid-month', `in mid-${monthName(m)} ${y}`, ymd(y, m, 11), ymd(y, m, 20));
      const next = m === 12 ? ymd(y + 1, 1, 1) : ymd(y, m + 1, 1);
      const previous = m === 1 ? ymd(y - 1, 12, 31) : ymd(y, m - 1, lastDay(y, m - 1));
      add('open-range', `after ${monthName(m)} ${y}`, next, null);
      add('open-range', `before ${monthName(m)} ${y}`, null, previous);
      if (first > asOf) add('between-now-and', `between now and ${monthName(m)} ${y}`, asOf, last);
    }
    for (let q = 1; q <= 4; q++) {
      const from = ymd(y, q * 3 - 2, 1);
      const to = ymd(y, q * 3, lastDay(y, q * 3));
      add('quarter', `in Q${q} ${y}`, from, to);
      add('quarter', `in the ${ORDINALS[q - 1] ?? ''} quarter of ${y}`, from, to);
    }
    add('half', `in H1 ${y}`, ymd(y, 1, 1), ymd(y, 6, 30));
    add('half', `in the first half of ${y}`, ymd(y, 1, 1), ymd(y, 6, 30));
    add('half', `in H2 ${y}`, ymd(y, 7, 1), ymd(y, 12, 31));
    add('half', `in the second half of ${y}`, ymd(y, 7, 1), ymd(y, 12, 31));
    for (const s of SEASONS) {
      const endYear = s.first === 12 ? y + 1 : y;
      const endMonth = s.first === 12 ? 2 : s.first + 2;
      for (const name of s.names)
        add('season', `in the ${name} of ${y}`, ymd(y, s.first, 1), ymd(endYear, endMonth, lastDay(endYear, endMonth)));
    }
    add('holiday', `over Christmas ${y}`, ymd(y, 12, 24), ymd(y, 12, 26));
    add('holiday', `around New Year ${y + 1}`, ymd(y, 12, 31), ymd(y + 1, 1, 1));
  }
  // phrasings without a year, relative to today
  for (let m = 1; m <= 12; m++) {
    const y = m >= tm ? ty : ty + 1;
    add('month-no-year', `in ${monthName(m)}`, ymd(y, m, 1), ymd(y, m, lastDay(y, m)));
    add('month-no-year', `in ${abbreviation(m).toLowerCase()}`, ymd(y, m, 1), ymd(y, m, lastDay(y, m)));
  }
  add('holiday', 'over Christmas', ymd(ty, 12, 24), ymd(ty, 12, 26));
  add('year-end', 'by year end', asOf, ymd(ty, 12, 31));
  add('year-end', 'before the end of the year', asOf, ymd(ty, 12, 31));
  add('year-end', `by the end of ${ty}`, asOf, ymd(ty, 12, 31));
  add('this-year', 'this year', ymd(ty, 1, 1), ymd(ty, 12, 31));
  add('this-year', `in ${ty}`, ymd(ty, 1, 1), ymd(ty, 12, 31));
  const thisSeason = SEASONS.find((s) => s.first <= tm && tm <= s.first + 2);
  if (thisSeason) {
    const endMonth = thisSeason.first + 2;
    // the season running today: the whole of it, as "this month" and "this year"
    add(
      'season',
      `this ${thisSeason.names[0]}`,
      ymd(ty, thisSeason.first, 1),
      ymd(ty, endMonth, lastDay(ty, endMonth)),
    );
  }
  const quarter = Math.ceil(tm / 3);
  add('quarter', 'this quarter', ymd(ty, quarter * 3 - 2, 1), ymd(ty, quarter * 3, lastDay(ty, quarter * 3)));
  const nq = quarter === 4 ? 1 : quarter + 1;
  const nqy = quarter === 4 ? ty + 1 : ty;
  add('quarter', 'next quarter', ymd(nqy, nq * 3 - 2, 1), ymd(nqy, nq * 3, lastDay(nqy, nq * 3)));
  for (let n = 2; n <= 6; n++) {
    const word = NUMBER_WORDS[n] ?? String(n);
    add('past-months', `in the past ${n} months`, addMonths(asOf, -n), asOf);
    add('past-months', `over the last ${word} months`, addMonths(asOf, -n), asOf);
    add('next-months', `in the next ${n} months`, asOf, addMonths(asOf, n));
    add('next-months', `over the coming ${word} months`, asOf, addMonths(asOf, n));
  }
  // parts of a month (of the month's next occurrence, as a month without a year): halves, weeks, first/last days
  for (let k = 1; k <= 12; k++) {
    const y = k >= tm ? ty : ty + 1;
    const end = lastDay(y, k);
    const half = Math.floor(end / 2);
    const name = monthName(k);
    const abbr = abbreviation(k).toLowerCase();
    add('month-part', `in the first half of ${name}`, ymd(y, k, 1), ymd(y, k, half));
    add('month-part', `in the second half of ${abbr}`, ymd(y, k, half + 1), ymd(y, k, end));
    add('month-part', `in the back half of ${name}`, ymd(y, k, half + 1), ymd(y, k, end));
    add('month-part', `in the first week of ${name}`, ymd(y, k, 1), ymd(y, k, 7));
    add('month-part', `in the third week of ${abbr}`, ymd(y, k, 15), ymd(y, k, 21));
    add('month-part', `in the last week of ${name}`, ymd(y, k, end - 6), ymd(y, k, end));
    add('month-part', `in the first 10 days of ${name}`, ymd(y, k, 1), ymd(y, k, 10));
    add('month-part', `in the last two weeks of ${name}`, ymd(y, k, end - 13), ymd(y, k, end));
    add('month-part', `towards the end of ${name}`, ymd(y, k, Math.floor((end * 2) / 3) + 1), ymd(y, k, end));
  }
  // vague windows from today: a couple of months, a fortnight, the rest of the year; quarters and seasons named
  // without a year
  add('vague-window', 'in the next couple of months', asOf, addMonths(asOf, 2));
  add('vague-window', 'over the next couple months', asOf, addMonths(asOf, 2));
  add('vague-window', 'for the rest of the year', asOf, ymd(ty, 12, 31));
  add('vague-window', 'over the next fortnight', asOf, addDays(asOf, 14));
  add('vague-window', 'in a fortnight', asOf, addDays(asOf, 14));
  add('vague-window', 'within a fortnight', asOf, addDays(asOf, 14));
  const nextSummer = tm >= 6 ? ty + 1 : ty;
  add('vague-window', 'next summer', ymd(nextSummer, 6, 1), ymd(nextSummer, 8, 31));
  const winter = tm <= 2 ? ty - 1 : ty;
  if (tm < 12 && tm > 2)
    add('vague-window', 'this winter', ymd(winter, 12, 1), ymd(winter + 1, 2, lastDay(winter + 1, 2)));
  const q4 = tm <= 12 ? ty : ty + 1;
  add('vague-window', 'in Q4', ymd(q4, 10, 1), ymd(q4, 12, 31));
  return out;
}

/** `date` moved by `n` days. */
function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
