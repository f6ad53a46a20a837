import type { Mention } from '../Mention';
import type { BuildState } from './BuildState';
import type { Draft } from './Draft';

/**
 * "From <place>" says where someone comes from: after a noun of companies or people it is that noun's place (the
 * companies' headquarters, the people's country), even when an event stands between them ("cos at worldchefs from
 * the us or canada" are US or Canadian companies, not companies at an event held there; events are held "in" a
 * place, they do not come "from" one). The host is the question's head when the node being read is an event and the
 * head is companies or people; null leaves the usual rules to place it.
 */
export function originHost(s: BuildState, placePrep: Extract<Mention, { t: 'prep' }> | null): Draft | null {
  if (placePrep?.p !== 'from') return null;
  const current = s.current?.entity;
  if (current !== 'events' && current !== 'participations') return null;
  const head = s.target;
  return head && (head.entity === 'companies' || head.entity === 'people') ? head : null;
}
