/**
 * Quantities ("more than 500 employees", "at least 3 events", `scanQuantity`), then time ("next month", "in
 * Q1 2025", `scanTime` with the periods of `periods.ts`): conditions, or `unclear` for a date no window can hold.
 */
import { scanQuantity } from '../scanQuantity';
import { scanTime } from '../scanTime';
import type { ScanState } from './ScanState';

export function readQuantitiesAndTime(s: ScanState): void {
  const { w, tokens, claimed, mentions, asOf } = s;
  for (const h of scanQuantity(tokens, claimed, Number(asOf.slice(0, 4)))) {
    const text = w.slice(h.start, h.end).join(' ');
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
