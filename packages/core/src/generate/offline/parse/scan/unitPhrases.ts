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

export function readUnitPhrases(s: ScanState): void {
  const { w } = s;
  const currencyCountries = readCurrencyCountries(s);
  for (let i = 1; i < w.length; i++) {
    // "in US dollars": the unit's "in" stands before the currency's country
    const country = currencyCountries.has(i - 1) ? 1 : 0;
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
      if (before === 'in' && units.in.has(w[i] ?? '')) return attr !== 'duration' || m.end >= i - 3;
      return RATE_WORDS.has(before) && units.per.has(w[i] ?? '');
    });
    if (!attribute) continue;
    for (const m of s.mentions.filter((x) => x === asDimension || (x.t === 'group' && x.end === i)))
      s.mentions.splice(s.mentions.indexOf(m), 1);
    s.claimed[i] = true;
    const prep = s.mentions.find((m) => m.t === 'prep' && m.start === i - 1 - country);
    if (prep) s.mentions.splice(s.mentions.indexOf(prep), 1);
    s.claimed[i - 1] = true;
    s.claimed[i - 1 - country] = true;
  }
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
