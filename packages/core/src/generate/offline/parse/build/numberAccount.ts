/**
 * Number accounting (honesty): every number the question says outside a reader's phrase (digits, number words, "a
 * dozen": a `number` mention) must come out in the request, as a limit, a rank or a compared value, or its words are
 * asked back. A number the build read into nothing would answer a broader question ("companies at two or more
 * different events" was answered with every company at any event; "events with 20 sponsors" with every event that
 * has a sponsor). Numbers read inside a phrase (a quantity, a date, "top 5", "3 sample", "10k+ employees") are
 * their reader's mentions, not `number` ones, and carry their condition already.
 */
import type { Cond, Node, Request } from '../../ir/Request';
import type { Token } from '../../text/tokenize';
import type { Mention } from '../Mention';
import { spanText } from '../scan/ScanState';

type NumberMention = Mention & { t: 'number' };

/** Mentions of what a number counts, shown with it when asked back ("20 sponsors", "3 or more websites"). */
const COUNTED_KINDS: ReadonlySet<Mention['t']> = new Set([
  'entity',
  'relation',
  'attribute',
  'dimension',
  'title',
  'function',
  'seniority',
]);

/**
 * True when the mention is a number the question says. A number the scan put there for a shape ("which one": the
 * winner's limit of 1, with no words) is not; neither is "one" as a pronoun ("which one", "the ones", "each one"):
 * the tokenizer reads every "one" as 1, and a pronoun counts nothing. Nor does "one" as a determiner: "a sponsor at
 * one event and a speaker at another" is "an event"; a count of one is said with a quantifier the quantity reader
 * takes ("only one event", "exactly one", "more than one").
 */
export function isSaidNumber(m: Mention, tokens: readonly Token[]): m is NumberMention {
  if (m.t !== 'number' || m.text === '') return false;
  return !(m.value === 1 && m.end - m.start === 1 && tokens[m.start]?.raw.toLowerCase() === 'one');
}

function numbersOfCond(c: Cond): number[] {
  switch (c.kind) {
    case 'compare':
      return c.value2 === undefined ? [c.value] : [c.value, c.value2];
    case 'linkCount':
      return [c.value, ...(c.value2 === undefined ? [] : [c.value2]), ...(c.conds ?? []).flatMap(numbersOfCond)];
    case 'link':
    case 'except':
      return numbersIn(c.node);
    default:
      return [];
  }
}

function numbersIn(node: Node): number[] {
  return node.conds.flatMap(numbersOfCond);
}

/** The numbers a request holds: its compared values (at any depth), and its shape's limit and counted node's. */
export function requestNumbers(r: Request): number[] {
  const s = r.shape;
  const shaped: number[] = [];
  if ((s.kind === 'list' || s.kind === 'group') && s.limit !== undefined && s.limit !== null) shaped.push(s.limit);
  if (s.kind === 'rankByCount' || s.kind === 'rankByColumn') shaped.push(s.limit);
  if (s.kind === 'rankByCount' || s.kind === 'countEach') shaped.push(...numbersIn(s.node));
  return [...numbersIn(r.target), ...shaped];
}

/** Words a number and the noun it counts may have between them ("two or more different events"). */
const MAX_WORDS_TO_NOUN = 3;

/**
 * The numbers said but found nowhere in the request: the words of each, up to the noun it counts when one follows
 * within a few words. Each value of the request answers one number said, so "top 5 companies at 5 events" with only
 * the limit read still reports the second 5.
 * @example droppedNumbers(mentionsOf('events with 20 sponsors'), requestWithoutCount, tokens) // ['20 sponsors']
 */
export function droppedNumbers(ms: readonly Mention[], r: Request, tokens: readonly Token[]): string[] {
  const held = requestNumbers(r);
  const dropped: string[] = [];
  ms.forEach((m, k) => {
    if (!isSaidNumber(m, tokens)) return;
    const at = held.indexOf(m.value);
    if (at >= 0) {
      held.splice(at, 1);
      return;
    }
    const noun = ms.slice(k + 1).find((x) => COUNTED_KINDS.has(x.t));
    const end = noun && noun.start >= m.end && noun.start - m.end <= MAX_WORDS_TO_NOUN ? noun.end : m.end;
    dropped.push(spanText(tokens, m.start, end));
  });
  return dropped;
}
