/**
 * Number accounting (honesty): every number the question says (digits, number words, "a dozen", "10k+") must come out
 * in the request, as a limit, a rank or a compared value, or its words are asked back. A number the build read into
 * nothing would answer a broader question ("companies that show up at two or more different events" was answered
 * with every company at any event; "events with 20 sponsors" with every event that has a sponsor). Numbers of a date
 * ("next 3 months", "2025") are their period's: the time reader turns them into the window, never a loose number.
 */
import type { Cond, Node, Request } from '../../ir/Request';
import type { Token } from '../../text/tokenize';
import type { Mention } from '../Mention';
import { spanText } from '../scan/ScanState';

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
 * The numbers a mention says: a free number's value; the limit of "3 sample" / "a dozen"; the values of a comparison
 * read with its number ("at least 3 speakers", "10k+ employees": a quantity reader's condition the build may still
 * leave unattached). A number the scan put there for a shape ("which one": the winner's limit of 1, with no words)
 * says none, nor does "one" as a pronoun ("which one", "each one": the tokenizer reads every "one" as 1) or as a
 * determiner ("a sponsor at one event and a speaker at another" is "an event"; a count of one is said with a
 * quantifier the quantity reader takes: "only one event", "more than one"). A comparison with no digit typed
 * ("small firms") says no number either.
 */
export function saidNumbers(m: Mention, tokens: readonly Token[]): number[] {
  switch (m.t) {
    case 'number': {
      const pronoun = m.value === 1 && m.end - m.start === 1 && tokens[m.start]?.raw.toLowerCase() === 'one';
      return m.text === '' || pronoun ? [] : [m.value];
    }
    case 'examples':
      // its own words say the number ("3 sample", "a dozen"); "a sample of 4" takes the number mention after it
      return m.limit !== null && tokens.slice(m.start, m.end).some((t) => /^\d/.test(t.norm)) ? [m.limit] : [];
    case 'cond': {
      const c = m.cond;
      if ((c.kind !== 'compare' && c.kind !== 'linkCount') || !/\d/.test(m.text)) return [];
      return c.value2 === undefined ? [c.value] : [c.value, c.value2];
    }
    default:
      return [];
  }
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
    case 'top':
      return [c.limit, ...(c.by.kind === 'count' ? numbersIn(c.by.node) : [])];
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
  if ((s.kind === 'rankByCount' || s.kind === 'rankByColumn') && s.limit !== null) shaped.push(s.limit);
  if (s.kind === 'rankByCount' || s.kind === 'countEach') shaped.push(...numbersIn(s.node));
  if (s.kind === 'group' && s.having) shaped.push(s.having.value);
  return [...numbersIn(r.target), ...shaped];
}

/** The number of rows the shape keeps ("top 3", "5 sample"), if any. */
function shapeLimit(r: Request): number | null {
  const s = r.shape;
  if (s.kind === 'list' || s.kind === 'group' || s.kind === 'rankByCount' || s.kind === 'rankByColumn')
    return s.limit ?? null;
  return null;
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
  const limit = shapeLimit(r);
  const dropped: string[] = [];
  ms.forEach((m, k) => {
    const said = saidNumbers(m, tokens);
    // "which three events have the most companies? top 3 pls": a "top N" restating the limit another number gave
    const restatedTop = ms[k - 1]?.t === 'top' && ms[k - 1]?.end === m.start;
    const lost = said.filter((n) => {
      const at = held.indexOf(n);
      if (at >= 0) held.splice(at, 1);
      return at < 0 && !(restatedTop && n === limit);
    });
    if (lost.length === 0) return;
    const noun = m.t === 'number' ? ms.slice(k + 1).find((x) => COUNTED_KINDS.has(x.t)) : undefined;
    const end = noun && noun.start >= m.end && noun.start - m.end <= MAX_WORDS_TO_NOUN ? noun.end : m.end;
    dropped.push(spanText(tokens, m.start, end));
  });
  return dropped;
}
