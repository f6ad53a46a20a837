/**
 * "companies at events both this year and next year", "cos at events in both 2024 and 2025", "sponsors of events in
 * 2024 as well as 2025": two periods joined by "both ... and" / "as well as" are two sets of events, one in each (the
 * companies at an event of each), never the one window spanning both (which answered every company of either year:
 * a silently broader question), and a bare year after "both" is a year. Each period is read here as a window of its
 * own, and `joinPeriods.ts` leaves periods after "both" apart; the build gives the second its own events
 * (`build/handlers/condition.ts`).
 */
import type { Mention } from '../Mention';
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

/**
 * "events in both 2024 and 2025": said of the events themselves (no company, person or way of taking part before
 * them), two periods that do not overlap hold for no event, which starts once; read as two windows on the same events
 * they were an empty answer given with confidence. The part is asked about, offering the events of either period.
 * Runs over the sorted mentions, before `joinPeriods.ts`.
 */
export function askBothPeriodsOfEvents(mentions: Mention[]): void {
  for (let k = 0; k + 3 < mentions.length; k++) {
    const [both, a, join, b] = mentions.slice(k, k + 4);
    if (both?.t !== 'both' || join?.t !== 'and') continue;
    const first = windowOf(a);
    const second = windowOf(b);
    if (!first || !second || !a || !b) continue;
    const before = mentions.slice(0, k);
    const ofEvents =
      before.some((m) => m.t === 'entity' && m.entity === 'events') &&
      !before.some((m) => (m.t === 'entity' && m.entity !== 'events') || m.t === 'relation');
    const [early, late] = first.from <= second.from ? [first, second] : [second, first];
    if (!ofEvents || late.from <= early.to) continue;
    const said = (m: Mention): string => m.text.replace(/^in\s+/i, '');
    mentions.splice(k, 4, {
      start: both.start,
      end: b.end,
      text: `${both.text} ${a.text} ${join.text} ${b.text}`,
      t: 'unclear',
      about: 'time',
      why: `An event starts once, so no event starts both in ${first.label} and in ${second.label}`,
      options: [],
      choices: [
        { label: `events starting in ${first.label} or ${second.label}`, replacement: `${said(a)} or ${said(b)}` },
      ],
    });
  }
}

/** A start-date window with both ends, or null. */
function windowOf(m: Mention | undefined): { from: string; to: string; label: string } | null {
  if (m?.t !== 'cond' || m.cond.kind !== 'startBetween' || m.cond.from === null || m.cond.to === null) return null;
  return { from: m.cond.from, to: m.cond.to, label: m.cond.label };
}
