/**
 * "people at the company with the most employees", "who works at the biggest company", "speakers at the event with
 * the most sponsors": a superlative said of a node that is not the answer's ranks that node's rows inside the
 * question (a `top` condition on it: the winners, then what the question asks of them). Read as the answer's shape,
 * the ranking was refused ("I cannot count people per people") or ranked the wrong rows.
 */
import { COUNTABLE_LINKS, RANK_COLUMN } from '../../compile/capabilities';
import type { TopBy } from '../../ir/Request';
import type { BuildState } from './BuildState';
import { statedSize } from './chooseShape';
import type { Draft } from './Draft';
import { toNode } from './toNode';
import { companySizeAsked } from '../statedSizeAsked';

/** True when `to` is reached from `from` along the drafts' edges. */
function reaches(from: Draft, to: Draft, seen: Set<Draft> = new Set()): boolean {
  if (from === to) return true;
  seen.add(from);
  return from.edges.some((e) => {
    const other = e.a === from ? e.b : e.a;
    return !seen.has(other) && reaches(other, to, seen);
  });
}

/** What the ranked node's rows are ranked by, from the superlative or the measured noun read; null when nothing. */
function rankedBy(s: BuildState, ranked: Draft): { by: TopBy; order: 'desc' | 'asc' } | null {
  if (s.measure) {
    const md = s.measure.draft;
    const order = s.measure.order;
    // the measured noun is the one said after "the most" (the answer's noun may be of its kind: "people at ...")
    const most = s.ms.findIndex((m) => m.t === 'most');
    const noun = s.ms.slice(most + 1).find((m) => m.t === 'entity' && m.entity === md.entity);
    // "the company with the most employees": the stated size, as when the company is the answer
    if (noun && statedSize(md, ranked, [noun])) return { by: { kind: 'column', column: 'size' }, order };
    if (!COUNTABLE_LINKS[ranked.entity].includes(md.entity)) return null;
    const label = noun?.text ?? md.entity;
    return { by: { kind: 'count', node: toNode(md), relations: md.relations ?? [], label }, order };
  }
  const sup = s.superlative;
  if (!sup || !RANK_COLUMN[sup.column][ranked.entity]) return null;
  return { by: { kind: 'column', column: sup.column }, order: sup.order };
}

/**
 * Puts the ranking on the node it was said of when that node is linked from the answer's and is another kind of
 * thing (a company or an event inside a question about people, companies or events); the shape is then the plain
 * list of the answer's rows.
 */
export function rankNestedNode(s: BuildState, root: Draft): void {
  const ranked = s.rankedOf;
  if (!ranked || ranked === root || ranked.entity === root.entity || s.groupDim !== null) return;
  if ((ranked.entity !== 'companies' && ranked.entity !== 'events') || !reaches(root, ranked)) return;
  // "how many employees does the largest sponsor of X have": the ranked company's stated size is asked
  // (`statedSizeAsked.ts` takes the ranking as the company's), not its people
  const sizeAsked = companySizeAsked(
    toNode(root),
    s.ms,
    s.scan.tokens,
    s.countFlag,
    s.attributes.includes('employees'),
    true,
  );
  if (sizeAsked) return;
  const read = rankedBy(s, ranked);
  if (!read) return;
  ranked.conds.push({ kind: 'top', ...read, limit: s.topN ?? (ranked.singular ? 1 : 10) });
  s.measure = null;
  s.superlative = null;
  s.topN = null;
  s.rankedInside = true;
}
