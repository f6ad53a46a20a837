/**
 * "whos speaking at cloud expo from companies under a thousand employees", "speakers at X from small companies", "cos
 * exhibiting at X from US companies": the generic noun of companies after "from", said after the event a
 * participant takes part in, is where the participants come from: the participants themselves (companies) or their
 * companies (people), never other companies of the event ("events with participants under 1000 employees" put the
 * size on any participant of the event). The host is the question's head, or the companies its people work at; null
 * leaves the usual rules to place the noun.
 */
import type { Mention } from '../Mention';
import type { BuildState } from './BuildState';
import type { Draft } from './Draft';
import { connect, newDraft } from './graph';

/** Mentions that may stand between "from" and the noun of companies as its modifiers. */
const MODIFIERS: ReadonlySet<Mention['t']> = new Set(['cond', 'country', 'city', 'state', 'topic', 'neg']);

export function participantOrigin(s: BuildState, m: Extract<Mention, { t: 'entity' }>): Draft | null {
  // the words between "from" and the noun modify it ("from small companies", "from US firms")
  let j = s.k - 1;
  while (j > 0 && MODIFIERS.has(s.ms[j]?.t ?? 'entity')) j--;
  const before = s.ms[j];
  if (before?.t !== 'prep' || before.p !== 'from') return null;
  if (m.entity !== 'companies' || (m.relations !== null && m.relations.length > 0)) return null;
  const current = s.current?.entity;
  if (current !== 'events' && current !== 'participations') return null;
  const head = s.target ?? s.drafts[0] ?? null;
  if (head?.entity === 'companies') return head;
  if (head?.entity !== 'people') return null;
  // the people's own companies: the companies node linked to them, else a new one (a person works at one company,
  // so it is the company that takes part in the event)
  for (const e of head.edges) {
    const other = e.a === head ? e.b : e.a;
    if (other.entity === 'companies') return other;
  }
  const companies = newDraft(s, 'companies');
  connect(head, companies, [], false, false);
  return companies;
}
