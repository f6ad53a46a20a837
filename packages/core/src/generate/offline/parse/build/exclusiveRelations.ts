/**
 * "companies that only sponsor", "cos that exhibit only": a relation verb said with "only" and no object is the
 * subject's one kind of taking part. The verb's link (to any event) stays, and a negated link of every other relation
 * says no other holds, so a company that also speaks somewhere is left out. `unread` holds the relations no objectless
 * link took (their "only" is asked about rather than dropped).
 */
import { type Cond, type Node, RELATIONS, type Relation } from '../../ir/Request';

type Link = Cond & { kind: 'link' };

const same = (a: readonly Relation[], b: readonly Relation[]): boolean =>
  a.length === b.length && a.every((r) => b.includes(r));

/** The node with the objectless link of these relations joined by a negated link of the others; null when absent. */
function exclusive(node: Node, relations: readonly Relation[]): Node | null {
  const link = node.conds.find(
    (c): c is Link =>
      c.kind === 'link' &&
      !c.negate &&
      c.node.entity === 'events' &&
      c.node.conds.length === 0 &&
      same(c.relations, relations),
  );
  if (node.entity === 'companies' && link) {
    const others = RELATIONS.filter((r) => !relations.includes(r));
    const none: Cond = { kind: 'link', relations: others, negate: true, node: { entity: 'events', conds: [] } };
    return { ...node, conds: [...node.conds, none] };
  }
  for (const c of node.conds) {
    if (c.kind !== 'link' || c.negate) continue;
    const inner = exclusive(c.node, relations);
    if (inner) return { ...node, conds: node.conds.map((x) => (x === c ? { ...c, node: inner } : x)) };
  }
  return null;
}

export function withExclusiveRelations(
  node: Node,
  said: readonly (readonly Relation[])[],
): { node: Node; unread: (readonly Relation[])[] } {
  let out = node;
  const unread: (readonly Relation[])[] = [];
  for (const relations of said) {
    const next = exclusive(out, relations);
    if (next) out = next;
    else unread.push(relations);
  }
  return { node: out, unread };
}
