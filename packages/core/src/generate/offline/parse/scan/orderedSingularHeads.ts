/**
 * "next thing at suntec", "the last one this year", "what's the first show in 2025": a word of order by date
 * ("next", "first", "last", "earliest", the one-word date superlatives of `SUPERLATIVE_WORDS`) right before a
 * singular vague head ("thing", "one", "show": `VAGUE_NOUNS`, `ORDERED_SINGULAR_HEADS`) asks for one event, ranked
 * by its start date within whatever window the question gives: the head is read as "event", so the superlative
 * reader ranks the events (top 1, ties kept) as it does for "the next event at X". Only where the question names no
 * other kind of row (a noun of companies, people or events elsewhere is what "one" stands for) and the head is not
 * the start of a partitive ("the first one of them").
 */
import { SUPERLATIVE_WORDS } from '../../lexicon/aggregateWords';
import { ORDERED_SINGULAR_HEADS, VAGUE_NOUNS } from '../../lexicon/vagueNounWords';
import type { Token } from '../../text/tokenize';

/** One-word superlatives of the date ("next", "first", "latest", "soonest"). */
const DATE_ORDER_WORDS: ReadonlySet<string> = new Set(
  SUPERLATIVE_WORDS.filter(([phrase, column]) => column === 'date' && !phrase.includes(' ')).map(([phrase]) => phrase),
);

/** True when the token is a singular head of one event after a word of order ("one" is read as the number 1). */
function singularHead(t: Token): boolean {
  const typed = t.raw.toLowerCase();
  return ORDERED_SINGULAR_HEADS.has(typed) || ORDERED_SINGULAR_HEADS.has(t.norm) || VAGUE_NOUNS.get(t.norm) === 'event';
}

/**
 * Rewrites the head of "next thing" / "last one" to "event".
 * @param namesRows whether a word is a noun of rows (events, companies, people) in the lexicon
 * @example readOrderedSingularHeads(tokenize('next thing at suntec'), isNoun) // tokens: next event at suntec
 */
export function readOrderedSingularHeads(tokens: Token[], namesRows: (word: string) => boolean): void {
  for (const t of tokens) {
    if (!DATE_ORDER_WORDS.has(t.norm)) continue;
    // "companies at X: the first one": a noun said before is what "one" stands for
    if (tokens.slice(0, t.index).some((x) => namesRows(x.norm))) continue;
    const head = tokens[t.index + 1];
    if (!head || !singularHead(head) || tokens[t.index + 2]?.norm === 'of') continue;
    head.norm = 'event';
  }
}
