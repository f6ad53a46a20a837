/**
 * Adverbs of several words that WordNet lists ("in front", "at least", "on top", "in person"): fixed phrases of the
 * language, whose words are spelt right and name nothing of the data on their own ("get in front of them": "front" is
 * no slip of the company "Frost", no job title "front").
 */
import { wordNet } from './language';

const cache = new Map<string, boolean>();

/** True when the two words are an adverb WordNet lists. */
function fixedAdverb(a: string, b: string): boolean {
  const key = `${a} ${b}`;
  let known = cache.get(key);
  if (known === undefined) {
    known = /^[a-z]+$/.test(a) && /^[a-z]+$/.test(b) && wordNet().senses(key, 'adv').length > 0;
    cache.set(key, known);
  }
  return known;
}

/** True when the word at i makes such an adverb with the word before or after it. */
export function inFixedAdverb(w: readonly string[], i: number): boolean {
  return (
    (i > 0 && fixedAdverb(w[i - 1] ?? '', w[i] ?? '')) || (i + 1 < w.length && fixedAdverb(w[i] ?? '', w[i + 1] ?? ''))
  );
}
