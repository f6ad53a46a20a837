/**
 * "where's Google showing up", "where is X exhibiting", "where are the Acme folks going": "where" asked of a named
 * company whose verb is one of taking part (a relation verb) asks for the events it takes part in, as "which events is
 * X at" does, not for the company's own address. Read only when the question names no event and no other noun of a
 * set (a place asked of events, "where are the sponsors of X based", stays the location).
 */
import type { Mention } from '../Mention';

export function readWhereTakingPart(mentions: Mention[]): void {
  const where = mentions.findIndex(
    (m) => m.t === 'attribute' && m.attr === 'location' && m.text.toLowerCase() === 'where',
  );
  const at = mentions[where];
  if (!at || mentions.slice(0, where).some((m) => m.t !== 'prep')) return;
  const company = mentions.findIndex((m, k) => k > where && m.t === 'company');
  const verb = mentions.findIndex((m, k) => k > company && m.t === 'relation');
  if (company < 0 || verb < 0) return;
  if (mentions.some((m) => m.t === 'event' || m.t === 'entity' || m.t === 'venue' || (m.t === 'attribute' && m !== at)))
    return;
  mentions[where] = { start: at.start, end: at.end, text: at.text, t: 'entity', entity: 'events', relations: null };
}
