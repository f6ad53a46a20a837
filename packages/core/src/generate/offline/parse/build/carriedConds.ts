import type { Cond, Node } from '../../ir/Request';
import { NARROWING_OBJECTS, REPLACING_WORDS } from '../../lexicon/discourseWords';
import type { Draft, Edge } from './Draft';

/**
 * Conditions carried over from the previous turn, and what a new value of the same kind does to them:
 * 'narrow' keeps both (an intersection: "which of those are marketing?" after sales people is the people
 * whose function is sales AND marketing, possibly nobody), 'replace' swaps them ("what about marketing?").
 */
export type Carry = 'narrow' | 'replace';
export const INHERITED = new WeakMap<Cond, Carry>();

/** Refinement words that narrow the previous set, and those that swap a value of it. */
export const NARROWING_WORDS = new Set([
  'just',
  'only',
  'narrow',
  'narrow down',
  ...NARROWING_OBJECTS.map((x) => `narrow ${x} down`),
  'filter',
  'of which',
  'out of',
]);
export { REPLACING_WORDS };

/** Turns a Node tree (from an earlier turn) back into drafts so it can be extended. */
export function draftFromNode(node: Node, carry: Carry = 'narrow'): Draft {
  const d: Draft = { entity: node.entity, conds: [], relations: null, edges: [], singular: false };
  for (const c of node.conds) {
    if (c.kind === 'link') {
      const child = draftFromNode(c.node, carry);
      const e: Edge = { a: d, b: child, relations: [...c.relations], negate: c.negate, explicit: true };
      d.edges.push(e);
      child.edges.push(e);
    } else {
      const copy = structuredClone(c);
      INHERITED.set(copy, carry);
      d.conds.push(copy);
    }
  }
  return d;
}
