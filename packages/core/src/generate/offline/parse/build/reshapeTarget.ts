/** Changes of the target node that depend on the whole question: what the noun, the grouping or "next" imply. */
import type { Cond, Node } from '../../ir/Request';
import { participationsOfLinks } from '../contrastedValues';
import type { BuildState } from './BuildState';
import type { Draft } from './Draft';

/**
 * "sponsors" alone: companies that sponsor some event; "participating companies", "event-linked companies" (a noun of
 * any relation): companies taking part in some event.
 */
export function withRelationNoun(root: Draft, node: Node): Node {
  if (
    node.entity === 'companies' &&
    root.relations &&
    !node.conds.some((c) => c.kind === 'link' && c.node.entity === 'events') &&
    // "sponsors at several singapore events": the count of the events they take part in says it already
    !node.conds.some((c) => c.kind === 'linkCount' && c.entity === 'events' && c.conds)
  ) {
    node.conds.push({
      kind: 'link',
      relations: [...root.relations],
      negate: false,
      node: { entity: 'events', conds: [] },
    });
  }
  // "how many speaker slots in total", "sponsorships overall": participations of a relation that no link to an event
  // carries are the rows of that relation (it was dropped: every participation counted)
  if (
    node.entity === 'participations' &&
    root.entity === 'participations' &&
    root.relations &&
    root.relations.length > 0 &&
    !node.conds.some((c) => (c.kind === 'link' && c.relations.length > 0) || c.kind === 'relation')
  )
    node.conds.push({ kind: 'relation', values: [...root.relations], negate: false });
  return node;
}

/** "number of sponsors per event": count the participations themselves. */
export function countedParticipations(s: BuildState, root: Draft, node: Node): Node {
  if (!(s.groupDim === 'event' && node.entity === 'companies' && root.relations && root.relations.length > 0))
    return node;
  const rels = root.relations;
  const rest = node.conds.filter(
    (c) => !(c.kind === 'link' && c.node.entity === 'events' && c.node.conds.length === 0),
  );
  // "how many sponsors does each of those (events) have?": the events are those of the counted participations
  const sameRelationEvents = (c: Cond): boolean =>
    c.kind === 'link' &&
    c.node.entity === 'events' &&
    !c.negate &&
    c.relations.length === rels.length &&
    c.relations.every((r) => rels.includes(r));
  const eventLinks = rest.filter(sameRelationEvents).map((c) => ({ ...c, relations: [] }) as Cond);
  const others = rest.filter((c) => !sameRelationEvents(c));
  return {
    entity: 'participations',
    conds: [
      { kind: 'relation', values: [...rels], negate: false },
      ...eventLinks,
      ...(others.length > 0
        ? [{ kind: 'link', relations: [], negate: false, node: { entity: 'companies', conds: others } } as Cond]
        : []),
    ],
  };
}

/** "the next event": events from today on, unless the question gave a start window. */
export function withNextWindow(s: BuildState, node: Node): Node {
  if (s.nextOnly && node.entity === 'events' && !node.conds.some((c) => c.kind === 'startBetween')) {
    node.conds.push({ kind: 'startBetween', from: s.asOf, to: null, label: `from ${s.asOf}` });
  }
  return node;
}

/**
 * "company revenue for sponsors": the head noun and the relation noun are one set of companies, read as a link of the
 * companies to companies (the rows narrowed): the inner set's conditions, on the companies themselves.
 */
function withoutSameKindLink(node: Node): Node {
  const same = node.conds.filter((c) => c.kind === 'link' && !c.negate && c.node.entity === node.entity);
  const [link] = same;
  if (same.length !== 1 || link?.kind !== 'link') return node;
  return { ...node, conds: [...node.conds.filter((c) => c !== link), ...link.node.conds] };
}

/** A grouping by relation ("role breakdown at X") counts the participations of the companies taking part. */
export function relationBreakdown(s: BuildState, node: Node): Node {
  let rootNode = node;
  if (s.groupDim === 'relation' && rootNode.entity === 'events' && !s.countsDistinct) {
    // "role breakdown at X": the companies taking part in those events, counted by how they take part
    rootNode = { entity: 'companies', conds: [{ kind: 'link', relations: [], negate: false, node: rootNode }] };
  }
  // "how many companies are partners vs sponsors": the plain noun of companies said to hold the contrasted relations
  // counts the companies in each (each company once), where the relation nouns counted ("sponsors vs partners at X")
  // count how each takes part
  // "average company revenue for sponsors versus partners": a figure measured per relation is the companies' in
  // each contrasted relation, never over every relation the same companies also hold (speakers, attendees)
  if (s.groupDim === 'relation' && rootNode.entity === 'companies' && s.aggFn && s.aggColumn) {
    const rows = participationsOfLinks(withoutSameKindLink(rootNode));
    // "across all events": every participation is at some event, a link that narrows nothing
    const bare = (c: Cond): boolean =>
      c.kind === 'link' && c.node.entity === 'events' && c.relations.length === 0 && c.node.conds.length === 0;
    return rows.entity === 'participations' ? { ...rows, conds: rows.conds.filter((c) => !bare(c)) } : rows;
  }
  const companiesCounted = s.contrasted && s.target !== null && !s.target.relations?.length;
  if (s.groupDim === 'relation' && rootNode.entity === 'companies' && !s.countsDistinct && !companiesCounted)
    rootNode = participationsOfLinks(rootNode);
  return rootNode;
}

/**
 * "which events is Google involved in and in what role", "the companies at X and how they're involved": the relation
 * asked as a shown attribute of events or companies is a column of the company-event rows (each row with its event,
 * company and relation), which neither an event's nor a company's own row holds. The links between the two stay the
 * rows' conditions; null when the target has no such link (the attribute stays as read).
 */
export function relationShown(node: Node, attributes: readonly string[]): Node | null {
  if (!attributes.includes('relation') || (node.entity !== 'events' && node.entity !== 'companies')) return null;
  const other = node.entity === 'events' ? 'companies' : 'events';
  const links = node.conds.filter(
    (c): c is Extract<Cond, { kind: 'link' }> => c.kind === 'link' && !c.negate && c.node.entity === other,
  );
  const [link] = links;
  if (links.length !== 1 || !link) return null;
  const own = node.conds.filter((c) => c !== link);
  return {
    entity: 'participations',
    conds: [
      ...(link.relations.length > 0 ? [{ kind: 'relation', values: [...link.relations], negate: false } as Cond] : []),
      // a bare set of the other kind narrows nothing (every row has its event and company)
      ...(link.node.conds.length > 0 ? [{ kind: 'link', relations: [], negate: false, node: link.node } as Cond] : []),
      ...(own.length > 0
        ? [{ kind: 'link', relations: [], negate: false, node: { entity: node.entity, conds: own } } as Cond]
        : []),
    ],
  };
}
