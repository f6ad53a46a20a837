/**
 * "which events have partners onboard", "events in december with sponsors involved": a verb of taking part in any
 * way, right after a noun of one relation and with no object of its own, restates that those companies take part;
 * it does not widen the relation. Read as a link verb it would replace "partners" by "any relation" (a broader
 * question than was asked), so it is accounted for and its mention removed. With an object ("partners on board for
 * X") it still links the noun to X.
 */
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** Mentions after which the verb has an object: a preposition, a name, a place. */
const OBJECT_KINDS: ReadonlySet<Mention['t']> = new Set(['prep', 'event', 'company', 'person', 'venue', 'country']);

export function readRestatedTakingPart(s: ScanState): void {
  const { mentions } = s;
  for (let j = mentions.length - 1; j >= 0; j--) {
    const verb = mentions[j];
    if (!verb || verb.t !== 'relation' || verb.relations.length > 0) continue;
    const noun = mentions.find((m) => m.end === verb.start);
    if (!noun || noun.t !== 'entity' || !noun.relations || noun.relations.length === 0) continue;
    const next = mentions.filter((m) => m.start >= verb.end).sort((a, b) => a.start - b.start)[0];
    if (next && next.start === verb.end && OBJECT_KINDS.has(next.t)) continue;
    mentions.splice(j, 1);
  }
}
