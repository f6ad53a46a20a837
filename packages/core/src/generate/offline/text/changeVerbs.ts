/**
 * Verbs that ask to change the data without the words of a database ("get rid of", "clean up", "call X Y", "should
 * read"), read from WordNet by their senses (`lexicon/refusalWords.ts`), not listed: a verb of taking rows away or
 * putting things in order, a verb of giving a name, and a verb of a text's wording. `parse/detectRefusal.ts` decides
 * from the clause around them whether they are said as a request.
 */
import {
  CHANGE_VERB_ANCHORS,
  CHANGE_VERB_DEPTH,
  CHANGE_VERB_FILES,
  CHANGE_VERB_SENSES,
  NAMING_LISTING_ANCHORS,
  NAMING_VERB_ANCHOR,
  WORDING_VERB_ANCHOR,
} from '../lexicon/refusalWords';
import { verbLemma, wordNet } from './language';
import { firstSenseReaching } from './verbClasses';
import type { Synset } from './wordnet';

/** A verb of change read at a position: its dictionary form, how many words it spans, and whether it takes rows away. */
export interface ChangeVerb {
  lemma: string;
  length: number;
  removes: boolean;
}

const sameWords = (s: Synset, words: readonly string[]): boolean =>
  s.words.length === words.length && words.every((x) => s.words.includes(x));

const CACHE_LIMIT = 1024;
const cache = new Map<string, { removes: boolean } | null>();

function changeOfLemma(lemma: string): { removes: boolean } | null {
  const hit = cache.get(lemma);
  if (hit !== undefined) return hit;
  const found = firstSenseReaching(lemma, CHANGE_VERB_SENSES, CHANGE_VERB_DEPTH, (s, from) => {
    if (!CHANGE_VERB_FILES.has(from.lexFile)) return null;
    const a = CHANGE_VERB_ANCHORS.find((x) => x.lexFile === s.lexFile && sameWords(s, x.words));
    return a ? { removes: a.removes } : null;
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lemma, found);
  return found;
}

/** The longest phrasal verb tried ("get rid of", "do away with"). */
const LONGEST = 3;

/**
 * The verb of taking rows away or putting the data in order that starts at `i` of the words (a phrasal verb with its
 * particles first, its first word in any form: "cleaning up", "got rid of"), or null.
 * @example changeVerbAt(['get', 'rid', 'of', 'the', 'contacts'], 0) // { lemma: 'get rid of', length: 3, removes: true }
 * @example changeVerbAt(['sort', 'out', 'the', 'events'], 0) // null (to sort out is to classify)
 */
export function changeVerbAt(w: readonly string[], i: number): ChangeVerb | null {
  for (let len = Math.min(LONGEST, w.length - i); len >= 1; len--) {
    const part = w.slice(i, i + len);
    if (part.some((x) => !/^[a-z]+$/.test(x))) continue;
    const lemma = [verbLemma(part[0] ?? ''), ...part.slice(1)].join(' ');
    // a phrase WordNet does not know as one verb is not read as its first word ("clean up" is; "clean the" is not)
    if (len > 1 && wordNet().senses(lemma, 'verb').length === 0) continue;
    const found = changeOfLemma(lemma);
    if (found) return { lemma, length: len, ...found };
    if (len > 1) return null;
  }
  return null;
}

/**
 * True when the word is a verb of giving something a name ("call", "dub", "nickname"), and none of its usual senses
 * is telling names ("name": name, identify; "list").
 * @example namingVerb('call') // true
 * @example namingVerb('name') // false
 */
export function namingVerb(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  const lemma = verbLemma(word);
  const wn = wordNet();
  const senses = wn.senses(lemma, 'verb').map((o) => wn.synset(o, 'verb'));
  if (senses.slice(0, 2).some((s) => NAMING_LISTING_ANCHORS.some((a) => sameWords(s, a)))) return false;
  return firstSenseReaching(lemma, 1, 1, (s) => (sameWords(s, NAMING_VERB_ANCHOR) ? true : null)) !== null;
}

/**
 * True when one of the word's usual senses is a text's having a wording ("said", "reads", "say").
 * @example wordingVerb('said') // true
 * @example wordingVerb('shows') // false
 */
export function wordingVerb(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  const wn = wordNet();
  return wn
    .senses(verbLemma(word), 'verb')
    .slice(0, 4)
    .some((o) => {
      const s = wn.synset(o, 'verb');
      return s.lexFile === WORDING_VERB_ANCHOR.lexFile && sameWords(s, WORDING_VERB_ANCHOR.words);
    });
}
