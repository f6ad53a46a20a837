/**
 * "the average length, in days, of the events", "duration in days", "Sophos' revenue in dollars", "how much does
 * X earn a year": a unit or rate phrase after a measured attribute says how the value is given (durations are
 * stored in days, revenue in US dollars a year), not a theme of the events. Read with the attribute, so "days"
 * or "year" is never taken for a word of the events' text or a grouping.
 */
import type { ScanState } from './ScanState';

/** The units each measured attribute is given in, after "in" ("in days") or as a rate ("a year", "per year"). */
const UNITS: ReadonlyMap<string, { in: ReadonlySet<string>; per: ReadonlySet<string> }> = new Map([
  ['duration', { in: new Set(['days', 'day']), per: new Set<string>() }],
  ['revenue', { in: new Set(['dollars', 'usd', 'dollar', '$']), per: new Set(['year', 'annum', 'annually']) }],
]);
/** Words naming the country of a currency before its unit ("in US dollars", "in u.s. $"): part of the unit. */
const CURRENCY_COUNTRIES: ReadonlySet<string> = new Set(['us', 'u.s', 'usa', 'american']);
const RATE_WORDS: ReadonlySet<string> = new Set(['a', 'per', 'each', 'every']);
/**
 * Words leading a unit: "in days" (or "in terms of days") after any measured attribute; "by days" / "by number of days" after a superlative
 * ("the longest event by number of days") or with the counting words, where "by" says what the ranking measures.
 */
const UNIT_LEADS: ReadonlySet<string> = new Set(['in', 'by']);
/** Nouns that count a unit ("number of days"). */
const COUNTING_NOUNS: ReadonlySet<string> = new Set(['number', 'count']);

export function readUnitPhrases(s: ScanState): void {
  const { w } = s;
  const currencyCountries = readCurrencyCountries(s);
  for (let i = 1; i < w.length; i++) {
    // "in US dollars": the unit's "in" stands before the currency's country; "by (the) number of days": the unit
    // counted, said after "by" or "in" like the unit itself
    const counted = countedUnitLead(w, i);
    // "in terms of days", "in terms of dollars": the lead "in" with the words of the measure it states ("terms of")
    const terms = w[i - 1] === 'of' && w[i - 2] === 'terms' && w[i - 3] === 'in' ? 2 : 0;
    const country = currencyCountries.has(i - 1) ? 1 : counted || terms;
    const before = w[i - 1 - country] ?? '';
    // "revenue per year": the year read as a dimension is the rate of the revenue, not a grouping
    const asDimension = s.mentions.find((m) => m.t === 'dimension' && m.start === i && m.end === i + 1);
    if (s.claimed[i] && !asDimension) continue;
    const attribute = s.mentions.find((m) => {
      if (m.end > i - 1) return false;
      // a revenue compared with an amount ("making over $1m a year") is the attribute too
      // ... and so is the measure of a superlative ("longest event in days", "highest revenue in dollars")
      const attr =
        m.t === 'attribute'
          ? m.attr
          : m.t === 'cond' && m.cond.kind === 'compare' && m.cond.column === 'revenue_usd'
            ? 'revenue'
            : m.t === 'superlative' && (m.column === 'duration' || m.column === 'revenue')
              ? m.column
              : null;
      if (attr === null) return false;
      const units = UNITS.get(attr);
      if (!units) return false;
      // "in days" a few words after the attribute; a rate or a currency anywhere after it
      if (
        UNIT_LEADS.has(before) &&
        (before === 'in' || counted > 0 || m.t === 'superlative') &&
        units.in.has(w[i] ?? '')
      )
        return attr !== 'duration' || m.end >= i - 3 - country || closesQuestion(s, i - 1 - country, i + 1);
      return counted === 0 && RATE_WORDS.has(before) && units.per.has(w[i] ?? '');
    });
    if (!attribute) continue;
    for (const m of s.mentions.filter((x) => x === asDimension || (x.t === 'group' && x.end === i)))
      s.mentions.splice(s.mentions.indexOf(m), 1);
    s.claimed[i] = true;
    // the lead word and the counting words between it and the unit are the unit's ("by", "number of")
    for (const m of s.mentions.filter((x) => x.start >= i - 1 - country && x.end <= i))
      s.mentions.splice(s.mentions.indexOf(m), 1);
    for (let k = i - 1 - country; k < i; k++) s.claimed[k] = true;
  }
}

/**
 * True when the unit phrase at [a, b) is said on its own at the end ("avg length of the october events, in days?",
 * "... of the events in march in days"): the question's last words, or a clause of their own. Far from its
 * attribute, it still says the attribute's unit: nothing else in the question takes a unit.
 */
function closesQuestion(s: ScanState, a: number, b: number): boolean {
  return b === s.w.length || (s.breaks.has(a) && s.breaks.has(b));
}

/**
 * How many words count the unit at i, between it and its lead word: 2 for "number of" / "count of", 3 with "the"
 * before them ("by the number of days"), else 0.
 */
function countedUnitLead(w: readonly string[], i: number): number {
  if (w[i - 1] !== 'of' || !COUNTING_NOUNS.has(w[i - 2] ?? '')) return 0;
  return w[i - 3] === 'the' ? 3 : 2;
}

/**
 * "revenue in US dollars": the country word between "in" and a currency unit, after a revenue, names the currency,
 * not a place of the companies: its country mention is dropped, and its index returned for the unit's reading.
 */
function readCurrencyCountries(s: ScanState): Set<number> {
  const { w } = s;
  const found = new Set<number>();
  const units = UNITS.get('revenue')?.in ?? new Set<string>();
  for (let i = 1; i + 1 < w.length; i++) {
    if (w[i - 1] !== 'in' || !CURRENCY_COUNTRIES.has(w[i] ?? '') || !units.has(w[i + 1] ?? '')) continue;
    const revenueBefore = s.mentions.some(
      (m) =>
        m.end <= i - 1 &&
        ((m.t === 'attribute' && m.attr === 'revenue') ||
          (m.t === 'cond' && m.cond.kind === 'compare' && m.cond.column === 'revenue_usd')),
    );
    if (!revenueBefore) continue;
    for (const m of s.mentions.filter((x) => x.start <= i && x.end > i)) s.mentions.splice(s.mentions.indexOf(m), 1);
    s.claimed[i] = true;
    found.add(i);
  }
  return found;
}
