import type { Mention } from './Mention';

/**
 * The noun a "which" asks for when it stands after a verb or a preposition ("Vistagrid is attending which events?",
 * "people at Acme work for which companies"): there "which" is no relative pronoun (that follows a noun: "events
 * which are ...") but the question's own, so its noun's node is what the answer lists, wherever it stands.
 */
export function interrogativeNoun(ms: readonly Mention[]): Mention | null {
  for (let k = 1; k + 1 < ms.length; k++) {
    const m = ms[k];
    const next = ms[k + 1];
    const before = ms[k - 1];
    if (m?.t !== 'relpron' || m.text.toLowerCase() !== 'which') continue;
    if (next?.t !== 'entity' || next.start !== m.end) continue;
    if (before?.t === 'relation' || before?.t === 'employment' || before?.t === 'prep') return next;
  }
  return null;
}
