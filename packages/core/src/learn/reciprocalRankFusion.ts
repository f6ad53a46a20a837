/**
 * Reciprocal-rank fusion (Cormack, Clarke and Büttcher, 2009): each item scores the sum of `1 / (k + rank)`
 * over the rankings it appears in (rank from 1), so an item near the top of either ranking, or fairly high
 * in both, comes first, whatever the scales of the scores behind the rankings. Ties keep the first ranking's
 * order, then the next one's.
 *
 * @example
 * reciprocalRankFusion([['a', 'b'], ['c', 'a']]); // ['a', 'c', 'b']
 */
export function reciprocalRankFusion<T>(rankings: readonly (readonly T[])[], k = 60): T[] {
  const scores = new Map<T, number>();
  for (const ranking of rankings)
    ranking.forEach((item, i) => scores.set(item, (scores.get(item) ?? 0) + 1 / (k + i + 1)));
  // A Map iterates in insertion order and sort is stable: equal scores keep the earlier rankings' order.
  return [...scores].sort((a, b) => b[1] - a[1]).map(([item]) => item);
}
