/**
 * A negation over a list: "not in A or B", "neither A nor B", "people who aren't in marketing or sales" negate every
 * member, not the first only (a positive second member would answer "not A, but B": the negation inverted for B).
 * The handler of a negated value records its kind; the next value of that kind right after "or" / "and" (a
 * preposition between allowed: "not at A or at B") is negated too.
 */
import type { Mention } from '../Mention';
import type { BuildState } from './BuildState';

/** True when mention k is the next member of a negated list of mentions of kind `t`. */
export function continuesNegatedList(s: BuildState, k: number, t: Mention['t']): boolean {
  if ((s.negatedListOf as string | null) !== t) return false;
  const before = s.ms.slice(0, k).filter((x) => x.t !== 'prep');
  const conj = before[before.length - 1];
  return (conj?.t === 'or' || conj?.t === 'and') && before[before.length - 2]?.t === t;
}

/**
 * The negation of a value at `s.k` of kind `t`: the pending negation, or the list's; records the kind so the list's
 * next member follows it.
 */
export function listNegation(s: BuildState, t: Mention['t']): boolean {
  const negate = s.neg || continuesNegatedList(s, s.k, t);
  s.negatedListOf = negate ? t : null;
  return negate;
}
