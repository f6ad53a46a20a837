/**
 * Nouns of a stretch of time, read from WordNet: one of the word's usual senses is in WordNet's lexicographer file of
 * time (noun.time: "time", "period", "while", "spell", "days"). After a superlative of an event's length ("runs for
 * the longest time", "the shortest period") such a noun is the measure itself, no other word of the data.
 */
import { nounLemma, wordNet } from './language';

/** WordNet's lexicographer file of time nouns. */
const TIME_FILE = 28;
/** How many of a noun's most usual senses are looked at ("time": an occasion first, then a period). */
const TIME_SENSES = 3;

const cache = new Map<string, boolean>();

/**
 * True when `word` is a noun naming a stretch of time.
 * @example isTimeNoun('time') // true
 * @example isTimeNoun('venue') // false
 */
export function isTimeNoun(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const wn = wordNet();
  const found =
    /^[a-z]+$/.test(word) &&
    wn
      .senses(nounLemma(word), 'noun')
      .slice(0, TIME_SENSES)
      .some((offset) => wn.synset(offset, 'noun').lexFile === TIME_FILE);
  cache.set(word, found);
  return found;
}
