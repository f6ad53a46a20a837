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
    conds.push({ kind: 'link', relations: [...e.relations], negate: e.negate, node: toNode(other, new Set(path)) });
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
