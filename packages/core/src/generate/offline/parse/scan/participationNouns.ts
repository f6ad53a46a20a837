/**
 * "total speaker slots across all events", "how many exhibitor booths at X", "sponsor spots at AHICE", "sponsorship
 * slots": a relation noun (or a participation noun of one)
 * before a noun of the place held under it (`RELATION_ROLE_NOUNS`: slot, spot, seat, role, booth, appearance...) is
 * one participation of that relation, counted by rows as the evaluation conventions count an event's sponsors, never
 * a job title nor an unknown word asked about. A relation noun the companies hold ("companies that have a speaker
 * slot") is read before, as their relation (`heldRelations`).
 */
import { RELATION_ROLE_NOUNS } from '../../lexicon/relationWords';
import type { ScanState } from './ScanState';

export function readParticipationNouns(s: ScanState): void {
  const { w, mentions } = s;
  for (const noun of [...mentions]) {
    // a relation noun ("speaker"), or a participation noun of one ("sponsorship slots": the noun said twice)
    if (noun.t !== 'entity' || noun.entity === 'events' || noun.entity === 'people') continue;
    if (!noun.relations || noun.relations.length === 0) continue;
    const k = noun.end;
    if (!RELATION_ROLE_NOUNS.has(w[k] ?? '') || s.breaks.has(k)) continue;
    // the role noun may be read already as a title or a dimension ("role"): the pair is one noun
    const held = mentions.filter((m) => m.start <= k && k < m.end);
    if (held.some((m) => m.start !== k || m.end !== k + 1)) continue;
    for (const m of held) mentions.splice(mentions.indexOf(m), 1);
    s.claimed[k] = true;
    mentions.splice(mentions.indexOf(noun), 1, {
      start: noun.start,
      end: k + 1,
      text: `${noun.text} ${s.tokens[k]?.raw ?? w[k] ?? ''}`,
      t: 'entity',
      entity: 'participations',
      relations: [...noun.relations],
    });
  }
}
