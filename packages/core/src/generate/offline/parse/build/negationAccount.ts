/**
 * Negation accounting (honesty): every negation the question says ("not", "no", "non-", "never", "without",
 * "excluding", "outside", "not in") must come out as a negated condition of the request, or the question is asked
 * back. The handlers turn a negation into the condition it negates; a negation that reached none (a reading that
 * dropped it, a word it could not negate) would answer the opposite question ("companies at X not in hospitality"
 * answered with the hospitality companies). The words of a negation left without its condition join `ignored`.
 */
import type { Cond, Node, Request } from '../../ir/Request';
import type { Mention } from '../Mention';

/** True when the mention says a negation the build must spend on a condition. */
export function isNegationMention(m: Mention): boolean {
  return m.t === 'neg' || (m.t === 'prep' && (m.p === 'outside' || m.p === 'livesOutside'));
}

/**
 * How many negations a condition carries: a negated list counts once per value ("non-sales non-marketing people" is
 * one condition of two negated functions), so two negations merged into one condition are both spent.
 */
function negationsOf(c: Cond): number {
  switch (c.kind) {
    case 'notIds':
      return Math.max(1, c.ids.length);
    case 'except':
      return 1 + negationsIn(c.node);
    case 'link':
      return (c.negate ? 1 : 0) + negationsIn(c.node);
    case 'linkCount':
      // "with no sponsors", "fewer than 3": a count held at zero or under a bound is the negation of having them
      return (c.op === '=' && c.value === 0) || c.op === '<' || c.op === '<=' ? 1 : 0;
    case 'country':
    case 'city':
    case 'state':
    case 'jobFunction':
    case 'seniority':
    case 'personName':
    case 'relation':
      return c.negate ? Math.max(1, c.values.length) : 0;
    case 'tag':
    case 'urlHost':
    case 'industry':
    case 'text':
    case 'nameHas':
    case 'venue':
    case 'title':
    case 'hasEmail':
    case 'hasValue':
      return c.negate ? 1 : 0;
    default:
      return 0;
  }
}

function negationsIn(node: Node): number {
  return node.conds.reduce((n, c) => n + negationsOf(c), 0);
}

/** The negated conditions of a request: its target's and those of the nodes its shape counts. */
export function negatedConditions(r: Request): number {
  const shapeNode = r.shape.kind === 'rankByCount' || r.shape.kind === 'countEach' ? r.shape.node : null;
  return negationsIn(r.target) + (shapeNode ? negationsIn(shapeNode) : 0);
}

/**
 * The negations said but spent on no condition: the words of each negation mention (with the word it stood before)
 * when the request holds fewer negated conditions than the question said negations. `asked` are the negations
 * already asked back (`BuildState.unnegated`), which need no condition.
 * @example droppedNegations(mentionsOf('companies not in hospitality'), requestWithoutNegation, 0) // ['not in hospitality']
 */
export function droppedNegations(ms: readonly Mention[], r: Request, asked: number): string[] {
  const said = ms.flatMap((m, k) => (isNegationMention(m) ? [k] : []));
  if (said.length === 0 || negatedConditions(r) + asked >= said.length) return [];
  return said.map((k) => [ms[k]?.text, ms[k + 1]?.text].filter((x) => x !== undefined).join(' '));
}
