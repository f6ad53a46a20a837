/**
 * A sum of money said by its magnitude alone: "billion-dollar companies", "multi-million dollar sponsors" (before a
 * noun of companies), "cos with a billion+ in revenue", "a million in sales" (before a revenue noun): the revenue is
 * at least that much ("multi-": at least twice it). The adjective may size the revenue noun itself ("billion-dollar
 * revenue"): the noun is then part of the phrase. The number reader wants digits ("$1bn+"), so these were asked
 * back ("billion dollar") or read as a theme.
 */
import type { Cond } from '../../ir/Request';
import { MONEY_MAGNITUDES, MONEY_NOUNS, MULTIPLE_PREFIXES, REVENUE_NOUNS, SIZED_NOUNS } from '../../lexicon/sizeWords';
import { spanText, type ScanState } from './ScanState';

const MULTIPLE: ReadonlySet<string> = new Set(MULTIPLE_PREFIXES);
const MONEY: ReadonlySet<string> = new Set(MONEY_NOUNS);
const REVENUE: ReadonlySet<string> = new Set(REVENUE_NOUNS);

/** The magnitude a word names ("billion", "billion+", "multibillion"), and whether it says several of it. */
function magnitudeOf(word: string): { value: number; multiple: boolean } | null {
  const bare = word.replace(/\+$/, '');
  const prefix = MULTIPLE_PREFIXES.find((p) => bare.startsWith(p) && MONEY_MAGNITUDES[bare.slice(p.length)]);
  const value = MONEY_MAGNITUDES[prefix ? bare.slice(prefix.length) : bare];
  return value === undefined ? null : { value, multiple: prefix !== undefined };
}

export function readRevenueMagnitudes(s: ScanState): void {
  const { w, claimed } = s;
  const free = (a: number, b: number): boolean => w.slice(a, b).every((_, k) => !claimed[a + k]);
  for (let i = 0; i < w.length; i++) {
    const several = MULTIPLE.has(w[i] ?? '');
    const at = several ? i + 1 : i;
    const magnitude = magnitudeOf(w[at] ?? '');
    if (!magnitude) continue;
    const multiple = several || magnitude.multiple;
    let end = -1;
    // "billion-dollar companies", "multi-million dollar sponsors": a magnitude of dollars before a noun of companies
    if (MONEY.has(w[at + 1] ?? '') && SIZED_NOUNS.has(w[at + 2] ?? '')) end = at + 2;
    // "billion-dollar revenue", "report multi-million dollar revenues": the same adjective before a revenue noun
    // says the revenue's size; the noun is the measure it sizes, read with it
    if (end < 0 && MONEY.has(w[at + 1] ?? '') && REVENUE.has(w[at + 2] ?? '')) end = at + 3;
    // "a billion+ in revenue", "a million in sales", "one billion revenue": a magnitude before a revenue noun
    // ("a" and "one" are read as the digit by now)
    const counted = ['a', 'one', '1'].includes(w[i - 1] ?? '') && !several;
    const revenueAt = ['in', 'of'].includes(w[at + 1] ?? '') ? at + 2 : at + 1;
    if (end < 0 && counted && REVENUE.has(w[revenueAt] ?? '')) end = revenueAt + 1;
    const start = counted && end === revenueAt + 1 ? i - 1 : i;
    if (end < 0 || !free(i, end)) continue;
    // "a" read as the number one ("with a billion"): the article of the sum, no number of its own
    if (start < i && claimed[start]) {
      const one = s.mentions.findIndex((m) => m.t === 'number' && m.start === start && m.end === i);
      if (one < 0) continue;
      s.mentions.splice(one, 1);
    }
    const value = magnitude.value * (multiple ? 2 : 1);
    const cond: Cond = {
      kind: 'compare',
      column: 'revenue_usd',
      op: '>=',
      value,
      label: `revenue (USD) >= ${value}`,
    };
    s.mentions.push({ start, end, text: spanText(s.tokens, start, end), t: 'cond', cond });
    for (let k = start; k < end; k++) claimed[k] = true;
    i = end - 1;
  }
}
