/**
 * Quantities ("more than 500 employees", "at least 3 events", `scanQuantity`), then time ("next month", "in
 * Q1 2025", `scanTime` with the periods of `periods.ts`): conditions, or `unclear` for a date no window can hold.
 */
import { REGARDING_SUFFIX, scanQuantity } from '../scanQuantity';
import { scanTime } from '../scanTime';
import type { ScanState } from './ScanState';

/**
 * True when a quantity's words run into the next clause at a word ("in 2025 - sponsors there?" is a year, then a
 * fragment about sponsors, not "2025 sponsors"); a number after the break is still one range ("10 - 50 employees").
 */
function crossesClause(s: ScanState, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++)
    if (s.breaks.has(k) && !/^\d/.test(s.w[k] ?? '') && !regarding(s, k, end)) return true;
  return false;
}

/**
 * True when the clause at `k` is only the measure the amount before it is of, said "as regards" it ("over a billion a
 * year? revenue-wise"): an afterthought naming the amount's unit, read with the amount.
 */
function regarding(s: ScanState, k: number, end: number): boolean {
  return end === k + 2 && s.w[k + 1] === REGARDING_SUFFIX;
}

export function readQuantitiesAndTime(s: ScanState): void {
  const { w, tokens, claimed, mentions, asOf } = s;
  // read on a copy: a quantity across a clause break claims nothing, and its words are read again (as a time)
  const trial = [...claimed];
  const hits = scanQuantity(tokens, trial, Number(asOf.slice(0, 4)));
  const crossing = hits.filter((h) => crossesClause(s, h.start, h.end));
  trial.forEach((read, k) => {
    claimed[k] = read && !crossing.some((h) => h.start <= k && k < h.end);
  });
  for (const h of hits) {
    if (crossing.includes(h)) continue;
    const text = w.slice(h.start, h.end).join(' ');
    // "more than $1 billion in revenue": the magnitude reader (run before) took "1 billion in revenue" as a threshold
    // of its own; a bound and its amount are one condition, so the amount read inside the bound gives way to it
    if (h.cond.kind === 'compare') {
      const { column } = h.cond;
      for (let j = mentions.length - 1; j >= 0; j--) {
        const x = mentions[j];
        if (
          x?.t === 'cond' &&
          x.cond.kind === 'compare' &&
          x.cond.column === column &&
          x.start >= h.start &&
          x.end <= h.end
        )
          mentions.splice(j, 1);
      }
    }
    mentions.push({
      start: h.start,
      end: h.end,
      text,
      t: 'cond',
      cond: h.cond,
      ...(h.countsNext ? { countsNext: true } : {}),
      ...(h.countsNoun ? { countsNoun: true } : {}),
    });
  }
  for (const h of scanTime(tokens, claimed, asOf)) {
    const text = w.slice(h.start, h.end).join(' ');
    if ('cond' in h) mentions.push({ start: h.start, end: h.end, text, t: 'cond', cond: h.cond });
    else {
      mentions.push({ start: h.start, end: h.end, text, t: 'unclear', about: 'time', why: h.unclear, options: [] });
    }
  }
}
