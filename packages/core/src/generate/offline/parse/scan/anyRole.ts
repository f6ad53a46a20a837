/**
 * "How many companies are involved in X in any role?", "companies at X in whatever capacity": taking part in some role
 * or other is taking part with any relation, which the question already says (a relation of any kind, or an event
 * reached by "at"); the phrase adds no condition and is read as such. Said of a named relation ("sponsoring X in any
 * role") it contradicts it and is left unread, so the question is asked back.
 */
import { FREE_CHOICE_DETERMINERS, ROLE_NOUNS } from '../../lexicon/relationWords';
import type { ScanState } from './ScanState';

export function readAnyRole(s: ScanState): void {
  const { w } = s;
  const named = s.mentions.some((m) => m.t === 'relation' && m.relations.length > 0);
  const anyRelation = s.mentions.some(
    (m) => (m.t === 'relation' && m.relations.length === 0) || m.t === 'event' || (m.t === 'prep' && m.p === 'at'),
  );
  if (named || !anyRelation) return;
  for (let i = 0; i + 2 < w.length; i++) {
    if (w[i] !== 'in' || !FREE_CHOICE_DETERMINERS.has(w[i + 1] ?? '') || !ROLE_NOUNS.has(w[i + 2] ?? '')) continue;
    // "in" may be read as a preposition and the noun as a dimension ("role"): nothing else may hold the words
    const held = s.mentions.filter((m) => m.start >= i && m.start < i + 3);
    if (held.some((m) => m.end > i + 3 || !(m.t === 'prep' || m.t === 'dimension'))) continue;
    for (const m of held) s.mentions.splice(s.mentions.indexOf(m), 1);
    for (let k = i; k < i + 3; k++) s.claimed[k] = true;
  }
}
