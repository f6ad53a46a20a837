/**
 * A count asked in passing, after a list: "which October events have companies and how many each", "list the
 * sponsors with the number of events each", "events and their exhibitor counts", "companies at X and how many
 * contacts we have at each". The question lists a set (its head clause) and, joined by "and" / "with", asks the
 * number of linked rows of each member: the answer is one row per member with its count (`countEach`), never the
 * number of members.
 *
 * Read over the mentions before the request is built: the head clause (everything before the joining word) is
 * built as the list it says, and the tail (from the joining word on) holds the count and, optionally, the noun
 * counted. Without a noun, the count is of what the head links its members to ("events that have sponsors and how
 * many each": the sponsors; "companies at more than one event and at how many": the events). A bare "and how many"
 * with no quantifier, preposition or noun counted asks how many members there are, and is left to the usual reading.
 * A tail holding anything else (a place, a date, a name) is not a count in passing and is left alone too.
 */
import { COUNTABLE_LINKS } from '../compile/capabilities';
import type { Node, Relation, Request } from '../ir/Request';
import type { Mention } from './Mention';
import type { Scan } from './scanMentions';
import { STATED_SIZE_NOUNS } from './statedSizeAsked';
import { singular } from '../text/tokenize';

/** Mentions a passing count's tail may hold: the count, its noun, "each", prepositions, pronouns, verbs of having. */
const TAIL_KINDS: ReadonlySet<Mention['t']> = new Set([
  'count',
  'entity',
  'prep',
  'anaphor',
  'group',
  'copula',
  'relpron',
  'who',
  'and',
]);

/** Words that make a bare "how many" a count per member: "and how many each", "how many apiece". */
const QUANTIFIER_WORDS: ReadonlySet<string> = new Set(['each', 'every', 'per', 'apiece']);

/** What the count of each member is taken over: a node linked to the members, through these relations. */
interface Counted {
  node: Node;
  relations: Relation[];
  label: string;
}

/** The plural a label is shown in ("each with its number of exhibitors"). */
function plural(word: string): string {
  if (singular(word) !== word) return word;
  return /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}

/** "each one": the number word of a quantifier, not a limit. */
const isEachOne = (m: Mention, scan: Scan): boolean =>
  m.t === 'number' && m.value === 1 && QUANTIFIER_WORDS.has(scan.tokens[m.start - 1]?.norm ?? '');

/** The joining mention ("and", "with") that starts a tail holding the count, or -1. */
function tailStart(ms: readonly Mention[]): number {
  const at = ms.findIndex((m) => m.t === 'count');
  if (at <= 0) return -1;
  for (let k = at - 1; k > 0; k--) {
    const m = ms[k];
    if (!m) break;
    if (m.t === 'and' || (m.t === 'prep' && m.p === 'with')) return k;
    if (!TAIL_KINDS.has(m.t)) return -1;
  }
  return -1;
}

/** The linked rows the head's target holds that a noun-less count counts: its last positive link. */
function linkedOfTarget(target: Node): Counted | null {
  for (const c of [...target.conds].reverse()) {
    if (c.kind === 'link' && !c.negate && COUNTABLE_LINKS[target.entity].includes(c.node.entity))
      return { node: c.node, relations: [...c.relations], label: plural(c.relations[0] ?? c.node.entity) };
    if (c.kind === 'linkCount' && COUNTABLE_LINKS[target.entity].includes(c.entity))
      return { node: { entity: c.entity, conds: [] }, relations: [...c.relations], label: c.entity };
  }
  return null;
}

/** The noun counted in the tail, with the relations the head already links it by when the noun names none. */
function countedNoun(noun: Extract<Mention, { t: 'entity' }>, target: Node): Counted {
  const link = target.conds.find((c) => c.kind === 'link' && !c.negate && c.node.entity === noun.entity);
  const relations = noun.relations ?? (link?.kind === 'link' ? [...link.relations] : []);
  return { node: { entity: noun.entity, conds: [] }, relations, label: plural(noun.text.toLowerCase()) };
}

/**
 * The request for a count asked in passing, or null when the question does not ask one. `build` reads the head
 * clause's mentions into a request (the parser's own `buildRequest`).
 */
export function readPassingCount(scan: Scan, build: (head: Scan) => Request | null): Request | null {
  const ms = scan.mentions;
  const start = tailStart(ms);
  if (start < 0) return null;
  const head = ms.slice(0, start);
  const tail = ms.slice(start + 1);
  if (!tail.every((m) => TAIL_KINDS.has(m.t) || isEachOne(m, scan))) return null;
  if (head.some((m) => ['count', 'most', 'top', 'group', 'aggFn', 'superlative', 'compare'].includes(m.t))) return null;
  const nouns = tail.filter((m): m is Extract<Mention, { t: 'entity' }> => m.t === 'entity');
  if (nouns.length > 1) return null;
  const noun = nouns[0];
  // "and how many" alone asks how many members there are; "each", a preposition ("at how many") or a noun counts
  // the linked rows of each member
  const quantified = scan.tokens.slice(ms[start]?.start ?? 0).some((t) => QUANTIFIER_WORDS.has(t.norm));
  if (!noun && !quantified && !tail.some((m) => m.t === 'group' || m.t === 'prep')) return null;
  // "... and how many employees do they have" asks the stated size, not rows of the people table
  if (noun && STATED_SIZE_NOUNS.has(noun.text.toLowerCase())) return null;
  const request = build({ ...scan, mentions: head });
  if (!request || request.shape.kind !== 'list') return null;
  const target = request.target;
  if (target.entity !== 'events' && target.entity !== 'companies') return null;
  const counted = noun ? countedNoun(noun, target) : linkedOfTarget(target);
  if (!counted || !COUNTABLE_LINKS[target.entity].includes(counted.node.entity)) return null;
  if (counted.node.entity === target.entity) return null;
  // a set the question narrows lists every member, zero included (as `countEach` does); over every event or
  // company only those that have some: "events and their exhibitor counts" lists the events with exhibitors
  const narrowed = target.conds.length > 0;
  const link = { kind: 'link' as const, relations: counted.relations, negate: false, node: counted.node };
  return {
    ...request,
    target: narrowed ? target : { ...target, conds: [...target.conds, link] },
    shape: { kind: 'countEach', node: counted.node, relations: counted.relations, label: counted.label },
  };
}
