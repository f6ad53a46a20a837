import type { Cond, EntityKind } from '../../ir/Request';

const EVENT_CONDS = new Set<Cond['kind']>(['startBetween', 'endBetween', 'past', 'ongoing', 'venue', 'tag', 'text']);
const PEOPLE_CONDS = new Set<Cond['kind']>(['jobFunction', 'seniority', 'title', 'hasEmail', 'personName']);

/** The entity a condition belongs on; null for conditions that stay on the node they follow. */
export function condEntity(c: Cond): EntityKind | null {
  if (EVENT_CONDS.has(c.kind)) return 'events';
  if (PEOPLE_CONDS.has(c.kind)) return 'people';
  if (c.kind === 'industry') return 'companies';
  if (c.kind === 'compare') return c.column === 'duration_days' ? 'events' : 'companies';
  if (c.kind === 'relation') return 'participations';
  if (c.kind === 'hasValue') return c.entity;
  if (c.kind === 'sameDates' || c.kind === 'sameVenue' || c.kind === 'urlHost') return 'events';
  if (c.kind === 'contactsVsSize') return 'companies';
  return null; // country, city, ids, links and counts of linked rows stay on the node they follow
}
