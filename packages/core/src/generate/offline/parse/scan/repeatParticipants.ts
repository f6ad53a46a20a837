/**
 * "repeat sponsors", "returning exhibitors", "recurring participants": an adjective of taking part again before a
 * noun of those who take part is a count of the events they take part in under the noun's relation, more than one
 * (the count takes each event name once). Without it the adjective reached nothing and was asked about, or worse,
 * dropped.
 *
 * Only the adjective is claimed: the noun stays for the entity reader, which makes it the companies (or people) the
 * count is said of. A noun that names no participant ("repeat events") is left alone.
 */
import type { EntityKind, Relation } from '../../ir/Request';
import { REPEAT_WORDS } from '../../lexicon/aggregateWords';
import { ENTITY_WORDS } from '../../lexicon/entityWords';
import { claim, type ScanState } from './ScanState';

const REPEAT: ReadonlySet<string> = new Set(REPEAT_WORDS);

/** Nouns of those who take part in events (companies, their relation nouns, people), with the relation they say. */
const PARTICIPANT_NOUNS: ReadonlyMap<string, readonly Relation[]> = new Map(
  ENTITY_WORDS.filter((e): e is typeof e & { entity: EntityKind } => e.entity === 'companies' || e.entity === 'people')
    .filter((e) => !e.phrase.includes(' '))
    .map((e) => [e.phrase, e.relations ?? []] as const),
);

export function readRepeatParticipants(s: ScanState): void {
  const { w, claimed } = s;
  for (let i = 0; i + 1 < w.length; i++) {
    if (claimed[i] || claimed[i + 1] || !REPEAT.has(w[i] ?? '')) continue;
    const relations = PARTICIPANT_NOUNS.get(w[i + 1] ?? '');
    if (!relations) continue;
    claim(s, i, i + 1, {
      t: 'cond',
      cond: {
        kind: 'linkCount',
        entity: 'events',
        relations: [...relations],
        op: '>',
        value: 1,
        label: 'number of events > 1',
      },
    });
  }
}
