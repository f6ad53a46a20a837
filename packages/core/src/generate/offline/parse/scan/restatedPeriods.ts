/**
 * A period restated after a break ("winter events (dec-feb)", "this fall (sept thru nov)", "in Q1, jan-mar"): the
 * months set out after a parenthesis, a comma, a colon or a dash say which months the period before them means, so
 * the two are one window, not two conditions that must both hold (which would keep only the months they share, or
 * nothing when the restated months were read in another year). The restatement names no year: it takes the year
 * of the period it restates (the shift of whole years that overlaps it most), and a period running today keeps only
 * the part still ahead, as the period restated does. Months that overlap the period in no year are a second
 * condition as before (no restatement).
 */
import type { Cond } from '../../ir/Request';
import { MONTHS, SEASONS } from '../../lexicon/timeWords';
import { tokenize } from '../../text/tokenize';
import { addMonths, daysBetween, monthRange } from '../dates';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

type Window = Extract<Cond, { kind: 'startBetween' }> & { from: string; to: string };

/** Punctuation that sets a restatement off: an opening parenthesis, a comma, a colon, a dash between spaces. */
const BREAK = /[(,:;–—]|\s-+\s/g;
/** Words a restatement of months may hold besides month and season names and day numbers ("dec 5 to feb 2"). */
const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'through', 'thru', 'until', 'till', 'and', 'the', 'of']);
const QUARTER = /^q[1-4]$/;

function windowOf(m: Mention | undefined): Window | null {
  if (m?.t !== 'cond' || m.cond.kind !== 'startBetween') return null;
  const { from, to } = m.cond;
  return from !== null && to !== null ? { ...m.cond, from, to } : null;
}

/** The token positions that follow a break in the text (the tokens of the text before it, counted). */
function positionsAfterBreaks(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(BREAK)) out.add(tokenize(text.slice(0, m.index)).length);
  return out;
}

/** Months, seasons, quarters and day numbers only: a period said without its year. */
function yearless(words: readonly string[]): boolean {
  return words.every(
    (x) =>
      MONTHS[x] !== undefined ||
      SEASONS[x] !== undefined ||
      QUARTER.test(x) ||
      RANGE_WORDS.has(x) ||
      /^\d{1,2}(?:st|nd|rd|th)?$/.test(x),
  );
}

/** Days two windows share (0 when apart). */
function overlap(a: { from: string; to: string }, b: { from: string; to: string }): number {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from > to ? 0 : daysBetween(from, to) + 1;
}

/** The restatement moved by whole years onto the period it restates; null when it overlaps it in no year. */
function restated(outer: Window, inner: Window, asOf: string): { from: string; to: string } | null {
  let best: { from: string; to: string } | null = null;
  let most = 0;
  for (const years of [0, -1, 1]) {
    const moved = { from: addMonths(inner.from, 12 * years), to: addMonths(inner.to, 12 * years) };
    // a month's last day stays its last day (February in a leap year)
    const [year, month] = [Number(inner.to.slice(0, 4)), Number(inner.to.slice(5, 7))];
    if (inner.to === monthRange(year, month)[1]) moved.to = monthRange(year + years, month)[1];
    const shared = overlap(outer, moved);
    if (shared > most) [best, most] = [moved, shared];
  }
  if (best === null) return null;
  // a period running today is the part still ahead: so is its restatement
  if (outer.from === asOf && best.from < asOf && asOf <= best.to) best = { from: asOf, to: best.to };
  return best;
}

export function readRestatedPeriods(s: ScanState, text: string): void {
  const { mentions, w, asOf } = s;
  const afterBreak = positionsAfterBreaks(text);
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (let k = 1; k < byStart.length; k++) {
    const later = byStart[k];
    const inner = windowOf(later);
    if (!later || !inner || !afterBreak.has(later.start) || !yearless(w.slice(later.start, later.end))) continue;
    // the period restated: the nearest one before, with no other condition between them
    let j = k - 1;
    while (j >= 0 && byStart[j]?.t !== 'cond') j--;
    const earlier = byStart[j];
    const outer = windowOf(earlier);
    if (!earlier || !outer) continue;
    const window = restated(outer, inner, asOf);
    if (!window) continue;
    const one: Mention = {
      start: earlier.start,
      end: earlier.end,
      text: earlier.text,
      t: 'cond',
      cond: { kind: 'startBetween', ...window, label: `${outer.label} (${window.from}..${window.to})` },
    };
    mentions[mentions.indexOf(earlier)] = one;
    byStart[j] = one;
    // the restating words stay read (claimed): they were said of the same period
    mentions.splice(mentions.indexOf(later), 1);
  }
}
