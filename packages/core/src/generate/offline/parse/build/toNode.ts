import type { Cond, Node } from '../../ir/Request';
import type { Draft } from './Draft';

/** Drafts -> Node tree rooted at `root` (edges to nodes on the current path are skipped). */
export function toNode(root: Draft, path: Set<Draft> = new Set()): Node {
  const nested = path.size > 0;
  path.add(root);
  const conds: Cond[] = root.conds.map((c) => structuredClone(c));
  for (const e of root.edges) {
    const other = e.a === root ? e.b : e.a;
    if (path.has(other)) continue;
    const node = toNode(other, new Set(path));
    // the noun said again of a set the host already narrows ("avg event length for oct 2024 events": the period
    // went to the first "event"): a node of the host's own kind with nothing of its own and no relation is the
    // host, no second set ("companies at companies", narrowing nothing at all, stays refused)
    const repeated = node.entity === root.entity && node.conds.length === 0 && e.relations.length === 0 && !e.negate;
    if (repeated && root.conds.length > 0) continue;
    conds.push({ kind: 'link', relations: [...e.relations], negate: e.negate, node });
  }
  // "people at sponsors", "contacts working for exhibitors": a relation noun inside the tree is companies in that
  // relation to some event, as "sponsors" alone is at the root
  if (
    nested &&
    root.entity === 'companies' &&
    root.relations &&
    root.relations.length > 0 &&
    !root.edges.some((e) => (e.a === root ? e.b : e.a).entity === 'events')
  )
    conds.push({ kind: 'link', relations: [...root.relations], negate: false, node: { entity: 'events', conds: [] } });
  path.delete(root);
  return { entity: root.entity, conds };
}
