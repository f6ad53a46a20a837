/**
 * Time states listed together ("coming up or past", "past and future events", "ongoing or upcoming") are their
 * union: the states are disjoint (an event already over has not yet to start), so read as two conditions they
 * would be intersected to nothing. Each state is a set of the three as-of states an event can be in (over, running,
 * still to start); the union of the listed ones is the condition, and all three together (or over with still to
 * start: "all of them, coming up or past") lift the date condition, said in the description ("at any date").
 */
import type { Cond } from '../../ir/Request';
import type { Mention } from '../Mention';
import { ANY_DATE } from '../scanTime';

/** Which of the as-of states (past, running, upcoming) a condition keeps; null when it is no such state. */
type States = { past: boolean; running: boolean; upcoming: boolean };

function statesOf(c: Cond, asOf: string): States | null {
  if (c.kind === 'past') return { past: true, running: false, upcoming: false };
  if (c.kind === 'ongoing') return { past: false, running: true, upcoming: false };
  if (c.kind === 'startBetween' && c.from === asOf && c.to === null)
    return { past: false, running: false, upcoming: true };
  if (c.kind === 'startBetween' && c.from === null && c.to === asOf)
    return { past: true, running: true, upcoming: false };
  if (c.kind === 'endBetween' && c.from === asOf && c.to === null)
    return { past: false, running: true, upcoming: true };
  return null;
}

const sameStates = (x: States, y: States): boolean =>
  x.past === y.past && x.running === y.running && x.upcoming === y.upcoming;

/** The condition keeping the union of states (a past or upcoming event, or all: every date). */
function condOf(s: States, asOf: string): Cond {
  if (s.past && s.upcoming) return { kind: 'startBetween', ...ANY_DATE };
  if (s.past && s.running)
    return { kind: 'startBetween', from: null, to: asOf, label: `starting on or before ${asOf}` };
  if (s.running && s.upcoming) return { kind: 'endBetween', from: asOf, to: null, label: `ending from ${asOf}` };
  if (s.past) return { kind: 'past', asOf };
  if (s.running) return { kind: 'ongoing', asOf };
  return { kind: 'startBetween', from: asOf, to: null, label: `from ${asOf}` };
}

/** Joins "<state> and|or <state>" in place (mentions sorted by position) into the union of the states. */
export function joinListedStates(mentions: Mention[], asOf: string): void {
  for (let k = 0; k + 2 < mentions.length; k++) {
    const first = mentions[k];
    const conj = mentions[k + 1];
    const last = mentions[k + 2];
    if (first?.t !== 'cond' || last?.t !== 'cond' || (conj?.t !== 'and' && conj?.t !== 'or')) continue;
    const a = statesOf(first.cond, asOf);
    const b = statesOf(last.cond, asOf);
    if (!a || !b) continue;
    const union = { past: a.past || b.past, running: a.running || b.running, upcoming: a.upcoming || b.upcoming };
    // "currently going on or upcoming": a state said right before the first member, and the same state, restates it
    // (read apart, "currently" would narrow the union back to the running events)
    const before = mentions[k - 1];
    const said = before?.t === 'cond' && before.end === first.start ? statesOf(before.cond, asOf) : null;
    const restated = said !== null && sameStates(said, a);
    const from = restated && before ? before : first;
    mentions.splice(restated ? k - 1 : k, restated ? 4 : 3, {
      start: from.start,
      end: last.end,
      text: `${restated ? `${from.text} ` : ''}${first.text} ${conj.text} ${last.text}`,
      t: 'cond',
      cond: condOf(union, asOf),
    });
    k -= restated ? 2 : 1;
  }
}
