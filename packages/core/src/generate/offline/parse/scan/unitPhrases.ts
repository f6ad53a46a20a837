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
  ['revenue', { in: new Set(['dollars', 'usd', 'dollar']), per: new Set(['year', 'annum', 'annually']) }],
]);
const RATE_WORDS: ReadonlySet<string> = new Set(['a', 'per', 'each', 'every']);

export function readUnitPhrases(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    const before = w[i - 1] ?? '';
    // "revenue per year": the year read as a dimension is the rate of the revenue, not a grouping
    const asDimension = s.mentions.find((m) => m.t === 'dimension' && m.start === i && m.end === i + 1);
    if (s.claimed[i] && !asDimension) continue;
    const attribute = s.mentions.find((m) => {
      if (m.end > i - 1) return false;
      // a revenue compared with an amount ("making over $1m a year") is the attribute too
      const attr =
        m.t === 'attribute'
          ? m.attr
          : m.t === 'cond' && m.cond.kind === 'compare' && m.cond.column === 'revenue_usd'
            ? 'revenue'
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
    const prep = s.mentions.find((m) => m.t === 'prep' && m.start === i - 1);
    if (prep) s.mentions.splice(s.mentions.indexOf(prep), 1);
    s.claimed[i - 1] = true;
  }
}
