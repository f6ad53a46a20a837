/**
 * Words recognised but not used by the request (honesty accounting): they join `scan.ignored` in the request's
 * `ignored`, so the question is asked back instead of answered as a broader one.
 */
import type { Node, Shape } from '../../ir/Request';
import { comparedByAttributes, comparedByCount } from './comparedDimension';
import type { BuildState } from './BuildState';

/**
 * "compare" with nothing named twice to compare, or nothing to compare them on: the word is not used, so the question
 * is asked about.
 */
export function unusedCompareWords(s: BuildState, node: Node): string[] {
  return !s.groupDim && !comparedByCount(s, node) && !comparedByAttributes(s, node)
    ? s.ms.filter((m) => m.t === 'compare').map((m) => m.text)
    : [];
}

/** A "most" / "fewest" that shaped nothing would be answered as a plain list; ask about it instead. */
export function droppedMostWords(s: BuildState, shape: Shape): string[] {
  // an average / minimum / maximum with no figure to take it of shapes nothing either ("average sponsors"): asked
  // about ("combined" over a list is the union of the lists, said already)
  // a "top 5" with no measure to rank by ("top 5 companies not in hospitality") would be the whole list, the number
  // dropped: asked about (which measure?) too
  // "people at the company with the most employees": the ranking was put on the company (`nestedRanking.ts`)
  if (shape.kind === 'list' && !s.rankedInside)
    return s.ms
      .filter((m) => m.t === 'most' || m.t === 'top' || (m.t === 'aggFn' && m.fn !== 'sum'))
      .map((m) => m.text);
  // "average number of sponsors" with nothing it is per: a plain count would drop the average; "average number of
  // people by country": a grouping counts each group, no average of anything
  const averages =
    (shape.kind === 'count' && !shape.distinct) || (shape.kind === 'group' && !shape.measure)
      ? s.ms.filter((m) => m.t === 'aggFn' && m.fn !== 'sum').map((m) => m.text)
      : [];
  // "the largest sponsor at each event": a superlative of one row per group is no count per group (the grouping
  // counts and the superlative would be dropped): asked about
  const superlatives =
    shape.kind === 'group' && !shape.measure && s.superlative && !s.nextOnly
      ? s.ms.filter((m) => m.t === 'superlative').map((m) => m.text)
      : [];
  return [...averages, ...superlatives];
}

/** A negation of a condition the request cannot negate ("not in October"): asked about, never dropped. */
export function unnegatedConditionWords(s: BuildState): string[] {
  return s.unnegated;
}
