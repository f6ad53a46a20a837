/**
 * "sponsoring anything", "exhibiting at whatever", "is Meltwater speaking anywhere": an indefinite pronoun as the
 * object of a relation verb names no particular event, so it stands for any event (the relation itself is the
 * condition). Only read right after a relation verb (or the verb and "at" / "in"), where the only thing a
 * company can sponsor, exhibit at or speak at is an event; elsewhere such a word is left unread as before.
 */
import { INDEFINITE_OBJECT_WORDS } from '../../lexicon/fillerWords';
import { claim, type ScanState } from './ScanState';

const LEADS: ReadonlySet<string> = new Set(['at', 'in', 'to', 'on']);

export function readIndefiniteObjects(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    if (s.claimed[i] || !INDEFINITE_OBJECT_WORDS.has(w[i] ?? '')) continue;
    const verbEndsAt = (k: number): boolean => s.mentions.some((m) => m.t === 'relation' && m.end === k);
    const lead = w[i - 1] ?? '';
    if (!verbEndsAt(i) && !(LEADS.has(lead) && verbEndsAt(i - 1))) continue;
    claim(s, i, i + 1, { t: 'entity', entity: 'events', relations: null });
  }
}
