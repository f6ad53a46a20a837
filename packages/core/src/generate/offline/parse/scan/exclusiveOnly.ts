/**
 * "companies that sponsor only events in Singapore", "events with only sponsors": "only" inside a clause on the
 * question's noun says that nothing else holds (no other event, no other kind of participant), which the request
 * cannot yet say. Read as the relation alone it would answer a broader question (every sponsor, whatever else it
 * does), so the word is asked about, never dropped. A relation verb with no object ("companies that only sponsor") is
 * the relation and no other: the verb is marked `exclusive` and the build negates every other relation
 * (`build/exclusiveRelations.ts`). "only" before the question's noun or a display verb ("show only events in 2025",
 * "only the ones in Singapore") narrows the set asked, as before (`refine`), and "only one event" is an exact count
 * (the quantity reader's).
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
  // "that only sponsor", "who only exhibit", "how many companies only sponsor"
  if ((before.t === 'relpron' || (before.t === 'entity' && before.entity === 'companies')) && after.t === 'relation')
    return true;
  // "events with only sponsors"
  return before.t === 'prep' && before.p === 'with' && (after.t === 'entity' || after.t === 'relation');
}

/**
 * The relation verb "only" says is the subject's one relation, with no object after it ("companies that only
 * sponsor", "cos that sponsor only."): the verb, else null. With an object ("only sponsor events in 2025") it says
 * every such link is of that object, which stays asked about.
 */
function objectlessRelation(ms: readonly Mention[], k: number, breaks: ReadonlySet<number>): Mention | null {
  const before = ms[k - 1];
  const after = ms[k + 1];
  const verb =
    before?.t === 'relation'
      ? before
      : after?.t === 'relation' && (before?.t === 'relpron' || before?.t === 'entity')
        ? after
        : null;
  if (!verb) return null;
  const next = ms[Math.max(ms.indexOf(verb), k) + 1];
  const verbEnd = Math.max(verb.end, ms[k]?.end ?? 0);
  const clauseEnds = !next || next.start > verbEnd || breaks.has(next.start) || next.t === 'and' || next.t === 'or';
  return clauseEnds && !(next && next.start === verbEnd && (next.t === 'entity' || next.t === 'event')) ? verb : null;
}

export function readExclusiveOnly(s: ScanState): void {
  const ms = [...s.mentions].sort((a, b) => a.start - b.start);
  ms.forEach((m, k) => {
    if (m.t !== 'refine' || !EXCLUSIVE_WORDS.has(m.text.toLowerCase()) || !exclusiveAt(ms, k, s.breaks)) return;
    // "companies that only sponsor": the relation and no other, which a negated link of every other relation says
    const verb = objectlessRelation(ms, k, s.breaks);
    if (verb?.t === 'relation' && verb.relations.length > 0) {
      verb.exclusive = true;
      s.mentions.splice(s.mentions.indexOf(m), 1);
      return;
    }
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
