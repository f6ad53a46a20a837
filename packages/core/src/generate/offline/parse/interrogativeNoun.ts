import type { Mention } from './Mention';

/** Mentions that make the clause after "<noun> <prep> which <noun>" a relative clause: its verb. */
const CLAUSE_VERBS: ReadonlySet<Mention['t']> = new Set(['relation', 'copula', 'employment']);

/**
 * True when "which" at k opens a relative clause led by a preposition ("events at which businesses are
 * participating", "the conference in which sponsors exhibit"): the preposition follows the noun it is said of, and
 * a verb comes after the noun "which" determines. That noun is the clause's subject, never the answer.
 */
function prepositionalRelative(ms: readonly Mention[], k: number): boolean {
  const prep = ms[k - 1];
  const noun = ms[k - 2];
  if (prep?.t !== 'prep' || noun?.t !== 'entity' || noun.end !== prep.start) return false;
  return ms.slice(k + 2).some((x) => CLAUSE_VERBS.has(x.t));
}

/**
 * The noun a "which" asks for when it stands after a verb or a preposition ("Vistagrid is attending which events?",
 * "people at Acme work for which companies"): there "which" is no relative pronoun (that follows a noun: "events
 * which are ...", or a noun and its preposition: "events at which companies exhibit") but the question's own, so its
 * noun's node is what the answer lists, wherever it stands.
 */
export function interrogativeNoun(ms: readonly Mention[]): Mention | null {
  for (let k = 1; k + 1 < ms.length; k++) {
    const m = ms[k];
    const next = ms[k + 1];
    const before = ms[k - 1];
    if (m?.t !== 'relpron' || m.text.toLowerCase() !== 'which') continue;
    if (next?.t !== 'entity' || next.start !== m.end) continue;
    if (prepositionalRelative(ms, k)) continue;
    if (before?.t === 'relation' || before?.t === 'employment' || before?.t === 'prep') return next;
  }
  return null;
}
