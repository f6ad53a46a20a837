/**
 * "companies that only sponsor", "companies that sponsor only events in Singapore", "events with only sponsors":
 * "only" inside a clause on the question's noun says that nothing else holds (no other role, no other event, no
 * other kind of participant), which the request cannot yet say. Read as the relation alone it would answer a broader
 * question (every sponsor, whatever else it does), so the word is asked about, never dropped. "only" before the
 * question's noun or a display verb ("show only events in 2025", "only the ones in Singapore") narrows the set asked,
 * as before (`refine`), and "only one event" is an exact count (the quantity reader's).
 */
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const EXCLUSIVE_WORDS: ReadonlySet<string> = new Set(['only', 'solely', 'exclusively']);

/** True when the mention at `k` of the sorted mentions says "only" inside a clause on a noun said before it. */
function exclusiveAt(ms: readonly Mention[], k: number, breaks: ReadonlySet<number>): boolean {
  const m = ms[k];
  const before = ms[k - 1];
  const after = ms[k + 1];
  if (!m || !before || before.end !== m.start || !ms.slice(0, k).some((x) => x.t === 'entity')) return false;
  // "partners vs sponsors - only the sponsors": "only" opening a clause of its own narrows what was asked before it
  if (breaks.has(m.start)) return false;
  // "that sponsor only", "sponsoring only events in 2025"
  if (before.t === 'relation') return true;
  if (!after || after.start !== m.end) return false;
  // "that only sponsor", "who only exhibit"
  if (before.t === 'relpron' && after.t === 'relation') return true;
  // "events with only sponsors"
  return before.t === 'prep' && before.p === 'with' && (after.t === 'entity' || after.t === 'relation');
}

export function readExclusiveOnly(s: ScanState): void {
  const ms = [...s.mentions].sort((a, b) => a.start - b.start);
  ms.forEach((m, k) => {
    if (m.t !== 'refine' || !EXCLUSIVE_WORDS.has(m.text.toLowerCase()) || !exclusiveAt(ms, k, s.breaks)) return;
    const at = s.mentions.indexOf(m);
    s.mentions[at] = {
      start: m.start,
      end: m.end,
      text: m.text,
      t: 'unclear',
      about: 'word',
      why: 'I cannot check that nothing else holds (no other role, event or participant)',
      options: [],
      choices: [],
    };
  });
}
