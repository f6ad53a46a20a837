/**
 * "companies at events both this year and next year", "cos at events in both 2024 and 2025", "sponsors of events in
 * 2024 as well as 2025": two periods joined by "both ... and" / "as well as" are two sets of events, one in each (the
 * companies at an event of each), never the one window spanning both (which answered every company of either year:
 * a silently broader question), and a bare year after "both" is a year. Each period is read here as a window of its
 * own, and `joinPeriods.ts` leaves periods after "both" apart; the build gives the second its own events
 * (`build/handlers/condition.ts`).
 */
import { parsePeriod } from '../periods';
import type { ScanState } from './ScanState';

/** Where a period starts at `i` (after an optional "in"), its window and end; null when none does. */
function periodAt(
  s: ScanState,
  i: number,
): { start: number; end: number; from: string; to: string; label: string } | null {
  const start = s.w[i] === 'in' ? i + 1 : i;
  const p = parsePeriod(s.w, start, s.asOf);
  if (!p || !('range' in p) || p.range.from === null || p.range.to === null) return null;
  return { start: i, end: start + p.len, from: p.range.from, to: p.range.to, label: p.range.label };
}

export function readBothPeriods(s: ScanState): void {
  const { w, claimed } = s;
  for (let b = 0; b < w.length; b++) {
    if (w[b] !== 'both') continue;
    const first = periodAt(s, b + 1);
    if (!first || w[first.end] !== 'and') continue;
    const second = periodAt(s, first.end + 1);
    if (!second) continue;
    push(s, first);
    push(s, second);
    b = second.end - 1;
  }
  // "in 2024 as well as 2025"
  for (let k = 0; k + 3 < w.length; k++) {
    if (w[k] !== 'as' || w[k + 1] !== 'well' || w[k + 2] !== 'as') continue;
    const second = periodAt(s, k + 3);
    const first = s.mentions.find((m) => m.t === 'cond' && m.end === k && m.cond.kind === 'startBetween');
    if (!second || first || claimed[k + 3]) continue;
    for (let j = Math.max(0, k - 4); j < k; j++) {
      const p = periodAt(s, j);
      if (p?.end !== k || p.start !== j) continue;
      push(s, p);
      push(s, second);
      break;
    }
  }
}

function push(s: ScanState, p: { start: number; end: number; from: string; to: string; label: string }): void {
  for (let k = p.start; k < p.end; k++) if (s.claimed[k]) return;
  for (let k = p.start; k < p.end; k++) s.claimed[k] = true;
  s.mentions.push({
    start: p.start,
    end: p.end,
    text: s.w.slice(p.start, p.end).join(' '),
    t: 'cond',
    cond: { kind: 'startBetween', from: p.from, to: p.to, label: p.label },
  });
}
