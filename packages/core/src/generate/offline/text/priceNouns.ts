/**
 * Nouns of a price, read from WordNet (`lexicon/unheldAttributeWords.ts` `PRICE_ANCHORS`): "price" -> cost, "fee" ->
 * fixed charge -> charge -> cost, "fare" -> charge -> cost, "valuation" -> price. No list of price words is kept.
 */
import { PRICE_ANCHORS, PRICE_DEPTH, PRICE_SENSES } from '../lexicon/unheldAttributeWords';
import { nounLemma, wordNet } from './language';

const cache = new Map<string, boolean>();

/**
 * True when `word` names a price, a fee or a cost.
 * @example isPriceNoun('fees') // true
 * @example isPriceNoun('revenue') // false: a sum gained, not a cost
 */
export function isPriceNoun(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const wn = wordNet();
  let found = false;
  for (const sense of wn.senses(nounLemma(word), 'noun').slice(0, PRICE_SENSES)) {
    let level = [sense];
    for (let d = 0; d <= PRICE_DEPTH && level.length > 0 && !found; d++) {
      const next: number[] = [];
      for (const offset of level) {
        const s = wn.synset(offset, 'noun');
        if (PRICE_ANCHORS.some((a) => s.lexFile === a.lexFile && s.words.includes(a.word))) found = true;
        next.push(...s.hypernyms);
      }
      level = next;
    }
    if (found) break;
  }
  cache.set(word, found);
  return found;
}
