/**
 * Periods listed together ("July and August", "Q1 or Q2 2025", "2024 and 2025") are one period when they touch or
 * overlap: the start-date window that spans them. Read as two conditions they would be intersected, which asks
 * for events starting in July AND in August (none). Periods with a gap between them ("July or October") are no
 * one window: they become an `unclear` mention (the parser asks), never an empty intersection.
 */
import type { Cond } from '../../ir/Request';
import type { Mention } from '../Mention';

type Window = Extract<Cond, { kind: 'startBetween' }>;

function windowOf(m: Mention | undefined): Window | null {
  return m?.t === 'cond' && m.cond.kind === 'startBetween' && m.cond.from !== null && m.cond.to !== null
    ? m.cond
    : null;
}

/** The day after an ISO date. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** A whole calendar year's window ("2024"). */
function wholeYear(w: Window | null): boolean {
  return (
    w !== null &&
    /-01-01$/.test(w.from ?? '') &&
    /-12-31$/.test(w.to ?? '') &&
    w.from?.slice(0, 4) === w.to?.slice(0, 4)
  );
}

/**
 * "in 2024 and 2025", "2024 vs 2025": a bare number listed after a year is the next year of the list, not a
 * number left unread (which would silently drop it).
 */
function readListedYears(mentions: Mention[]): void {
  for (let k = 0; k + 2 < mentions.length; k++) {
    const conj = mentions[k + 1];
    const n = mentions[k + 2];
    if (!wholeYear(windowOf(mentions[k])) || (conj?.t !== 'and' && conj?.t !== 'or') || n?.t !== 'number') continue;
    if (!Number.isInteger(n.value) || n.value < 1900 || n.value > 2100) continue;
    const year = String(n.value);
    mentions[k + 2] = {
      start: n.start,
      end: n.end,
      text: n.text,
      t: 'cond',
      cond: { kind: 'startBetween', from: `${year}-01-01`, to: `${year}-12-31`, label: year },
    };
  }
}

/**
 * The state a window back from today carries on its own words ("last week": started in the window, and already took
 * place), which a period listed with it no longer holds ("last week or this week"): set aside when the two are joined.
 */
function stateOf(m: Mention | undefined, window: Mention | undefined): boolean {
  return m?.t === 'cond' && m.cond.kind === 'past' && m.start === window?.start && m.end === window.end;
}

/** Drops the states of windows listed with another period, so each window stands beside its conjunction. */
function withoutListedStates(mentions: Mention[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    if (!windowOf(mentions[k]) || !stateOf(mentions[k + 1], mentions[k])) continue;
    const conj = mentions[k + 2];
    const before = mentions[k - 1];
    const listedAfter = (conj?.t === 'and' || conj?.t === 'or') && windowOf(mentions[k + 3]) !== null;
    const listedBefore = (before?.t === 'and' || before?.t === 'or') && windowOf(mentions[k - 2]) !== null;
    if (listedAfter || listedBefore) mentions.splice(k + 1, 1);
  }
}

/** Joins "<period> and|or <period>" in place (mentions sorted by position). */
export function joinListedPeriods(mentions: Mention[]): void {
  readListedYears(mentions);
  withoutListedStates(mentions);
  for (let k = 0; k + 2 < mentions.length; k++) {
    const a = windowOf(mentions[k]);
    const conj = mentions[k + 1];
    const b = windowOf(mentions[k + 2]);
    const first = mentions[k];
    const last = mentions[k + 2];
    if (!a || !b || !first || !last || (conj?.t !== 'and' && conj?.t !== 'or')) continue;
    // "at events both this year and next year": one set of events in each period (`bothPeriods.ts`), never one window
    if (mentions[k - 1]?.t === 'both') continue;
    const [early, late] = (a.from ?? '') <= (b.from ?? '') ? [a, b] : [b, a];
    if ((late.from ?? '') > nextDay(early.to ?? '')) {
      // two separate periods are no one window, and their intersection is empty: asked about, never answered
      mentions.splice(k, 3, {
        start: first.start,
        end: last.end,
        text: `${first.text} ${conj.text} ${last.text}`,
        t: 'unclear',
        about: 'time',
        why: 'two separate periods cannot be read as one start-date window',
        options: [],
      });
      continue;
    }
    const to = (early.to ?? '') >= (late.to ?? '') ? early.to : late.to;
    const joined: Mention = {
      start: first.start,
      end: last.end,
      text: `${first.text} ${conj.text} ${last.text}`,
      t: 'cond',
      cond: { kind: 'startBetween', from: early.from, to, label: `${a.label} ${conj.text} ${b.label}` },
    };
    mentions.splice(k, 3, joined);
    k--;
  }
}
