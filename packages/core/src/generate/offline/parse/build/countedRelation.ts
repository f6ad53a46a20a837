/**
 * "companies that are sponsors at more than one event", "firms exhibiting at 3+ events" read with the relation as a
 * noun after a copula: a count of linked rows read with no relation of its own, on a node that the same question
 * links by a named relation to bare rows of the counted entity (the relation noun's link: "sponsors of events", no
 * condition on those events), counts the rows of that relation. The relation noun is what the node is said to be AT
 * the counted events; counting every relation answered a broader question (a sponsor once and a speaker elsewhere
 * passed "sponsors at more than one event").
 *
 * Only a bare link lends its relation: a link to described rows ("sponsors of X that are at 3+ events") is another
 * clause, whose relation says nothing about the count. The link is kept (it holds the same rows when the count
 * needs one at least, and keeps "fewer than 2" to those that hold the relation at all). The count's label says the
 * relation so the interpretation describes the SQL that ran.
 */
import type { Cond, Node } from '../../ir/Request';

type LinkCount = Cond & { kind: 'linkCount' };

function withRelation(count: LinkCount, relations: LinkCount['relations']): LinkCount {
  const as = ` as ${relations.join(' or ')}`;
  const label = /^number of \S+/.test(count.label)
    ? count.label.replace(/^(number of \S+)/, `$1${as}`)
    : `${count.label}${as}`;
  return { ...count, relations: [...relations], label };
}

/** The node (and the nodes it links to) with each relation-less count given its node's one bare relation link. */
export function countsWithLinkRelation(node: Node): Node {
  const conds = node.conds.map((c): Cond => {
    if (c.kind === 'link' || c.kind === 'except') return { ...c, node: countsWithLinkRelation(c.node) };
    return c;
  });
  const out: Cond[] = conds.map((c) => {
    if (c.kind !== 'linkCount' || c.relations.length > 0 || c.average) return c;
    const bare = conds.filter(
      (l): l is Cond & { kind: 'link' } =>
        l.kind === 'link' &&
        !l.negate &&
        !l.apartFrom &&
        l.relations.length > 0 &&
        l.node.entity === c.entity &&
        l.node.conds.length === 0,
    );
    const [link] = bare;
    return bare.length === 1 && link ? withRelation(c, link.relations) : c;
  });
  return { ...node, conds: out };
}
