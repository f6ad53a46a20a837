/**
 * A theme whose usual meaning is made of parts reaches the themes of its parts too: "aerospace" is, in WordNet, the
 * atmosphere and outer space taken as a whole (its part meronym is "outer space, space"), so aerospace events are the
 * Aviation & Aerospace events and the Space & Satellite ones. Only a word of a tag's label is read so, in its first
 * noun sense (the usual meaning), with parts of the same kind (WordNet's lexicographer file); a part reaches a tag
 * only by a word of the tag's own label ("space" of "Space & Satellite").
 */
import { nounLemma, wordNet } from '../text/language';
import type { ValueIndex } from '../values/ValueIndex';

/**
 * The tags (ids) named by the parts of a word's usual meaning, by a word of their label.
 * @example tagsOfParts('aerospace', index) // ['space']
 */
export function tagsOfParts(word: string, index: ValueIndex): string[] {
  // the word is itself a tag's label word ("Aviation & Aerospace"): a theme of the data, not any noun with parts ("car")
  if (!index.tags.some((t) => t.words.includes(word))) return [];
  const wn = wordNet();
  const [usual] = wn.senses(nounLemma(word), 'noun');
  if (usual === undefined) return [];
  const whole = wn.synset(usual, 'noun');
  // parts of the same kind of thing (a region of a region): "space" as the unlimited expanse holds aerospace as a
  // part, but the expanse is no theme of which the aerospace industry is a part
  const parts = whole.parts.map((o) => wn.synset(o, 'noun')).filter((p) => p.lexFile === whole.lexFile);
  const partWords = new Set(parts.flatMap((p) => p.words));
  return index.tags.filter((t) => t.words.some((w) => partWords.has(w))).map((t) => t.tag);
}
