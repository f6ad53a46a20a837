/**
 * A quantifier standing alone as the object of a verb of having ("avg companies per event (events that have any)",
 * "events that have none"): the noun it quantifies was said before and is left out. The noun is the entity noun said
 * last before the clause's own head that names another kind of thing ("companies" before "events that have any"):
 * "any" / "some" are that noun ("events that have any companies"), "none" its absence ("events that have no
 * companies"). The field pronouns of `missingValues.ts` ("(of the ones that have any)" after a ranked field) are
 * read first; this reads the pronoun only when no field was said. With no noun to stand for, nothing is read here
 * (the pronoun is asked about).
 */
import { LEXICON } from '../lexiconTable';
import type { MentionBody } from '../Mention';
import type { ScanState } from './ScanState';

type EntityBody = Extract<MentionBody, { t: 'entity' }>;

/** The entity noun at token `k`: a noun read there already, else the lexicon's entity reading of the word. */
function entityAt(s: ScanState, k: number): EntityBody | null {
  const m = s.mentions.find((x) => x.start <= k && k < x.end);
  if (m) return m.t === 'entity' ? { t: 'entity', entity: m.entity, relations: m.relations } : null;
  const r = LEXICON.get(s.w[k] ?? '')?.find((x) => x.t === 'entity');
  return r?.t === 'entity' ? { t: 'entity', entity: r.entity, relations: r.relations } : null;
}

/**
 * The noun a quantifier at token `i` stands for: walking back, the first entity noun is the head the clause is
 * about ("events" of "events that have any"); the next one of another kind is the noun left out. Null when the
 * question said none.
 */
export function elidedNoun(s: ScanState, i: number): EntityBody | null {
  let head: EntityBody | null = null;
  for (let k = i - 1; k >= 0; k--) {
    const noun = entityAt(s, k);
    if (!noun || noun.entity === 'participations') continue;
    if (!head) head = noun;
    else if (noun.entity !== head.entity) return noun;
  }
  return null;
}
