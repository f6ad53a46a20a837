/**
 * "companies that are sponsors somewhere and speakers somewhere else": the `apart` mention (`scan/apartEvents.ts`)
 * puts its condition on the built request: of a node of companies holding two links to events, the link of the
 * relation said before the otherness words is at an event other than one of the other link's (`apartFrom`, compiled
 * by name as the company's identity is). With no such pair (one relation only, a negated one, people asked) the words
 * are kept in `ignored`, so the question is asked back rather than answered as "at any event".
 */
import type { Cond, Node, Request } from '../../ir/Request';
import type { Mention } from '../Mention';

type Link = Extract<Cond, { kind: 'link' }>;

const sameRelations = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Sets `apartFrom` on the link of `relations` in the first node of companies holding another link; true if set. */
function markApart(node: Node, relations: readonly string[]): boolean {
  if (node.entity === 'companies') {
    const links = node.conds.filter(
      (c): c is Link => c.kind === 'link' && !c.negate && c.node.entity === 'events' && c.relations.length > 0,
    );
    const own = links.findLast((c) => sameRelations(c.relations, relations));
    const other = links.find((c) => c !== own && !sameRelations(c.relations, relations));
    if (own && other) {
      // "partners at X and sponsors at another event": the other event is no copy of X (the builder gives a verb
      // whose object was the otherness words the earlier link's events)
      if (own.node.conds.length > 0 && JSON.stringify(own.node) === JSON.stringify(other.node))
        own.node = { entity: 'events', conds: [] };
      own.apartFrom = { relations: [...other.relations], node: structuredClone(other.node) };
      return true;
    }
  }
  return node.conds.some((c) => (c.kind === 'link' || c.kind === 'except') && markApart(c.node, relations));
}

export function apartLinks(ms: readonly Mention[], request: Request): Request {
  const aparts = ms.filter((m): m is Mention & { t: 'apart' } => m.t === 'apart');
  if (aparts.length === 0) return request;
  const target = structuredClone(request.target);
  const unread = aparts.filter((m) => !markApart(target, m.relations)).map((m) => m.text);
  return { ...request, target, ignored: [...request.ignored, ...unread] };
}
