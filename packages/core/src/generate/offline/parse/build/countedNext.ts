/**
 * "companies at 2 or more tech events", "sponsors of several singapore events": a count said before the noun's
 * modifiers counts the rows the modifiers describe. The words after the number were read as usual (a theme, a
 * place, a period on an events node linked to the asking node); the link to that node becomes the count of its
 * rows (`linkCount` with the node's conditions), so the threshold applies to the tech events, not to every event
 * while "tech" narrows nothing but one of them.
 */
import type { Cond, Node } from '../../ir/Request';

type LinkCount = Cond & { kind: 'linkCount' };
type Link = Cond & { kind: 'link' };

/** The node with its one positive link to a node of the counted entity made the count; null when none is there. */
function counted(node: Node, count: LinkCount): Node | null {
  const links = node.conds.filter(
    (c): c is Link => c.kind === 'link' && !c.negate && c.node.entity === count.entity && c.node.conds.length > 0,
  );
  const [link] = links;
  if (links.length === 1 && link) {
    const relations = [...new Set([...count.relations, ...link.relations])];
    const cond: LinkCount = { ...count, relations, conds: link.node.conds };
    return { ...node, conds: node.conds.map((c) => (c === link ? cond : c)) };
  }
  for (const c of node.conds) {
    if (c.kind !== 'link' || c.negate) continue;
    const inner = counted(c.node, count);
    if (inner) return { ...node, conds: node.conds.map((x) => (x === c ? { ...c, node: inner } : x)) };
  }
  return null;
}

/**
 * The request's node with each waiting count made the count of its noun's rows; `unread` holds the counts no link
 * could take (their words are asked about: read as a plain count, the modifiers would narrow some other set).
 */
export function withCountedNext(node: Node, counts: readonly LinkCount[]): { node: Node; unread: LinkCount[] } {
  let out = node;
  const unread: LinkCount[] = [];
  for (const count of counts) {
    const next = counted(out, count);
    if (next) out = next;
    else unread.push(count);
  }
  return { node: out, unread };
}

/** The same count as it was read (the build copies nodes, not always their conditions). */
function sameCount(c: Cond, count: LinkCount): c is LinkCount {
  return (
    c.kind === 'linkCount' &&
    !c.conds &&
    c.entity === count.entity &&
    c.op === count.op &&
    c.value === count.value &&
    c.label === count.label
  );
}

/**
 * The node holding the count with the count made over the noun read after it: its one link to a node of the counted
 * entity with conditions becomes the count of those rows ("2 or more events in 2025": the 2025 events, by name); a
 * link with none is the noun alone, dropped (the count says it: "fewer than 2 events in all" must not need one).
 */
function countedNoun(node: Node, count: LinkCount): Node | null {
  const held = node.conds.find((c) => sameCount(c, count));
  if (held) {
    const links = node.conds.filter(
      (c): c is Link => c.kind === 'link' && !c.negate && !c.apartFrom && c.node.entity === count.entity,
    );
    const described = links.filter((c) => c.node.conds.length > 0);
    const [link] = described;
    if (described.length === 1 && link) {
      const relations = [...new Set([...held.relations, ...link.relations])];
      const cond: LinkCount = { ...held, relations, conds: link.node.conds };
      return { ...node, conds: node.conds.filter((c) => c !== held).map((c) => (c === link ? cond : c)) };
    }
    const bare = new Set<Cond>(links.filter((c) => c.node.conds.length === 0));
    return { ...node, conds: node.conds.filter((c) => !bare.has(c)) };
  }
  for (const c of node.conds) {
    if (c.kind !== 'link' || c.negate) continue;
    const inner = countedNoun(c.node, count);
    if (inner) return { ...node, conds: node.conds.map((x) => (x === c ? { ...c, node: inner } : x)) };
  }
  return null;
}

/** The request's node with each count of the noun after it made over the rows that noun's modifiers describe. */
export function withCountedNoun(node: Node, counts: readonly LinkCount[]): Node {
  let out = node;
  for (const count of counts) out = countedNoun(out, count) ?? out;
  return out;
}
