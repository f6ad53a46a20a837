/**
 * Adverbs of emphasis read by meaning, not listed: a word that is only an adverb in WordNet, and whose most frequent
 * sense is a synset holding one of the filler emphasis adverbs (`EMPHASIS_ADVERBS`: "really", "very"), stresses the
 * question without narrowing it ("sg events that actually have sponsors", "companies that truly sponsor").
 * Only the first sense counts, and only a word with no noun, verb or adjective sense, so an adverb with content of its
 * own ("only": merely; "currently": presently; "never"; "already") and a word that is also something else ("real")
 * stay content.
 */
import { EMPHASIS_ADVERBS } from '../lexicon/fillerWords';
import { wordNet } from './language';

const cache = new Map<string, boolean>();

/**
 * True when `word` is an adverb of emphasis (filler).
 * @example isEmphasisAdverb('actually') // true: its first sense is "actually, really"
 * @example isEmphasisAdverb('only') // false: "merely, simply, just, only"
 */
export function isEmphasisAdverb(word: string): boolean {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const wn = wordNet();
  const first = wn.senses(word, 'adv')[0];
  const onlyAdverb = (['noun', 'verb', 'adj'] as const).every((pos) => wn.senses(word, pos).length === 0);
  const made =
    first !== undefined && onlyAdverb && wn.synset(first, 'adv').words.some((x) => EMPHASIS_ADVERBS.includes(x));
  cache.set(word, made);
  return made;
}
