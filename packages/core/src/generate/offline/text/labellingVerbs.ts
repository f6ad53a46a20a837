/**
 * Verbs of giving something a label, a mark, a rank or a post ("flag", "tag", "label", "bump", "upgrade", "classify"),
 * read from WordNet (`LABELLING_VERB_ANCHORS`), not listed: a verb is one when one of its most usual senses is an
 * anchor synset or sits right under one. Said as an imperative of rows with "as" / "to" and a new value, such a verb
 * asks to change the data (`parse/detectRefusal.ts`).
 */
import { LABELLING_VERB_ANCHORS, LABELLING_VERB_DEPTH, LABELLING_VERB_SENSES } from '../lexicon/refusalWords';
import type { Synset } from './wordnet';
import { verbLemma } from './language';
import { firstSenseReaching } from './verbClasses';

const CACHE_LIMIT = 1024;
const cache = new Map<string, boolean>();

/** True when `s` is an anchor synset reached from the verb's sense `from`. */
function anchor(s: Synset, from: Synset): boolean {
  return LABELLING_VERB_ANCHORS.some(
    (a) =>
      a.words.length === s.words.length &&
      a.words.every((x) => s.words.includes(x)) &&
      (a.lexFile === undefined || a.lexFile === s.lexFile) &&
      (a.senseFile === undefined || a.senseFile === from.lexFile),
  );
}

/**
 * True when the word (any form: "flagged", "bumping") is a verb of labelling, marking, ranking or assigning.
 * @example labellingVerb('flag') // true (provide with a flag: mark)
 * @example labellingVerb('show') // false
 */
export function labellingVerb(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  const lemma = verbLemma(word);
  const hit = cache.get(lemma);
  if (hit !== undefined) return hit;
  const found =
    firstSenseReaching(lemma, LABELLING_VERB_SENSES, LABELLING_VERB_DEPTH, (x, from) =>
      anchor(x, from) ? true : null,
    ) !== null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lemma, found);
  return found;
}
