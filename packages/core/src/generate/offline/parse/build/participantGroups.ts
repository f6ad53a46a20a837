/**
 * A grouping said of one named event ("the top 3 countries at Aviation Festival Asia", "the least common industry
 * at OSEA", "which industries are most represented at X") counts the companies taking part in it: the event itself
 * is one row, and grouping one row by its country or theme answers nothing that was asked. The request is re-rooted
 * at the event's companies (through the relations the question named, "sponsors at X"), grouped by the dimension
 * said. A ranking of the event by a count with a dimension asked ("the biggest industry at X by number of
 * companies") is the same grouping.
 */
import type { Cond, Dimension, Node, Relation, Request, Shape } from '../../ir/Request';

/** Dimensions of a company: what the companies at an event are counted by. */
const COMPANY_DIMENSIONS: ReadonlySet<Dimension> = new Set(['industry', 'country', 'city']);

/** The dimension an asked attribute names, for a ranking asked as "the biggest <attribute>". */
const ATTRIBUTE_DIMENSION: Readonly<Record<string, Dimension>> = {
  industry: 'industry',
  country: 'country',
  city: 'city',
  location: 'country',
};

const namesEvents = (c: Cond): boolean => c.kind === 'ids' && c.entity === 'events';

/** The grouping the request asks of the named event's companies, or null when it is not one. */
function groupAsked(request: Request): { dimension: Dimension; shape: Shape } | null {
  const s = request.shape;
  if (s.kind === 'group' && COMPANY_DIMENSIONS.has(s.dimension)) return { dimension: s.dimension, shape: s };
  if (s.kind === 'rankByCount' && s.node.entity === 'companies' && s.node.conds.length === 0) {
    const dims = request.attributes.flatMap((a) => ATTRIBUTE_DIMENSION[a] ?? []);
    const [dimension] = dims;
    if (dims.length !== 1 || !dimension) return null;
    return { dimension, shape: { kind: 'group', dimension, order: s.order, limit: s.limit } };
  }
  return null;
}

export function groupParticipants(request: Request): Request {
  const t = request.target;
  if (t.entity !== 'events' || !t.conds.some(namesEvents)) return request;
  if (t.conds.some((c) => c.kind === 'link' && c.negate)) return request;
  const asked = groupAsked(request);
  if (!asked) return request;
  // the companies' own conditions ("at X, the sponsors") stay on them; the event keeps the rest
  const toCompanies = t.conds.filter(
    (c): c is Extract<Cond, { kind: 'link' }> => c.kind === 'link' && c.node.entity === 'companies',
  );
  if (toCompanies.length > 1) return request;
  const [link] = toCompanies;
  const relations: Relation[] = link ? [...link.relations] : [];
  const event: Node = { entity: 'events', conds: t.conds.filter((c) => c !== link) };
  const companies: Node = {
    entity: 'companies',
    conds: [...(link?.node.conds ?? []), { kind: 'link', relations, negate: false, node: event }],
  };
  return {
    ...request,
    target: companies,
    shape: asked.shape,
    attributes: request.attributes.filter((a) => ATTRIBUTE_DIMENSION[a] !== asked.dimension),
  };
}
