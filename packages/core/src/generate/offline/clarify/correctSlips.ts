import { FILLER_WORDS } from '../lexicon/fillerWords';
import { LEXICON } from '../parse/lexiconTable';
import { CONSTITUENT_PLACE_WORDS } from '../parse/scan/constituentPlaces';
import { isEnglishWord } from '../parse/scan/vocabularySpelling';
import { allowedEdits, editDistance } from '../text/spelling';
import { englishSlipsOf, isOneSlipOf } from '../text/englishSlips';
import { likeliestTypos, missingOne, movedLetter, sameLemma } from '../text/typoTies';
import type { ValueIndex } from '../values/ValueIndex';

/** Shorter words are too often one edit from another real word ("form"/"from") to be corrected silently. */
const MIN_LETTERS = 5;

/** Single words the parser knows: lexicon phrases of one word, filler words, country names. */
function vocabulary(index: ValueIndex): string[] {
  const words = new Set<string>();
  for (const key of LEXICON.keys()) if (!key.includes(' ')) words.add(key);
  for (const w of FILLER_WORDS) words.add(w);
  for (const key of index.countries.keys()) if (!key.includes(' ')) words.add(key);
  for (const w of CONSTITUENT_PLACE_WORDS) words.add(w);
  return [...words].filter((w) => w.length >= MIN_LETTERS - 1);
}

const cache = new WeakMap<ValueIndex, string[]>();
const dataWordCache = new WeakMap<ValueIndex, string[]>();

/**
 * The words the data itself writes (events' names and descriptions, industries, event tags): a slip is never
 * corrected to a vocabulary word when a word of the data is as near ("coud" is "could" or "cloud").
 */
function dataWords(index: ValueIndex): string[] {
  const hit = dataWordCache.get(index);
  if (hit) return hit;
  const words = new Set<string>(index.eventWords.keys());
  for (const i of index.industries) for (const t of i.tokens) words.add(t);
  for (const t of index.tags) for (const w of t.words) words.add(w);
  const made = [...words].filter((w) => /^[a-z]{4,}$/.test(w));
  dataWordCache.set(index, made);
  return made;
}

/**
 * Typing slips in unmapped words ("Whihc", "atending", "cpmpanies", "whch"): each word of five letters or more
 * with one known word one edit away (or one likeliest of several: `text/typoTies.ts`), and each four-letter word
 * that is no English word and is one known word with a letter dropped, is replaced by it. Returns null unless every unmapped word has one
 * such reading (two readings, or none, is a question for the user, not a guess), and none where a word of the data
 * (an event's words, an industry, a tag) is as likely a reading ("coud": "could" or "cloud").
 * @example correctSlips(['Whihc'], index) // Map { 'Whihc' => 'which' }
 */
export function correctSlips(unmapped: readonly string[], index: ValueIndex): Map<string, string> | null {
  const words = vocabularyOf(index);
  const out = new Map<string, string>();
  for (const raw of unmapped) {
    const w = raw.toLowerCase();
    // a word the parser knows left unread on purpose ("every" of "at every event") is no slip for a neighbour
    // a number the request left unread ("20 sponsors", `parse/build/numberAccount.ts`) is said on purpose: never
    // "corrected" away to the noun after it (the broader question the account asked about); the slips beside it
    // still are ("founded atfer 2006": the number is read once "after" is), and the question read again is
    // accounted again
    if (/\d/.test(w)) continue;
    // ... so is a phrase of the parser's own words left unread for the slip beside it ("the most" of "the most
    // parterns"), and an English word spelt right ("quantm computing"): the question read again accounts them again
    if (w.includes(' ') && w.split(' ').every((x) => FILLER_WORDS.has(x) || LEXICON.has(x))) continue;
    if (/^[a-z]{5,}$/.test(w) && !words.includes(w) && isEnglishWord(w)) continue;
    if (w.length < MIN_LETTERS - 1 || words.includes(w)) return null;
    // a word the data's own text writes as a name ("Boeing" in an overview) is that name, not a slip of a word one
    // edit away ("being", a filler: "people from boeing" was read as "people" and answered with everyone)
    if (index.namesInText.has(w)) return null;
    const { likeliest, rivals } = slipReadings(w, index);
    // no word of the parser's is near: a slip of another English word ("recieve"), read as that word
    if (likeliest.length === 0 && rivals.length === 0) {
      const english = raw === w ? englishSlip(w, index) : null;
      if (english === null) return null;
      out.set(raw, english);
      continue;
    }
    if (likeliest.length !== 1 || !likeliest[0] || rivals.includes(likeliest[0])) return null;
    // a real English word is said on purpose as often as it is a slip ("dev shops" is no "dev shows"): read silently
    // as a neighbour that means something in the data it answers another question; it is asked back, offering it
    if (!FILLER_WORDS.has(likeliest[0]) && isEnglishWord(w)) return null;
    out.set(raw, likeliest[0]);
  }
  return out.size > 0 ? out : null;
}

const nameWordCache = new WeakMap<ValueIndex, string[]>();

/**
 * The words of the data's names and running text: events', companies' and people's names, industries, tags. A word
 * one slip from one of them may be that name typed ("Zscalar"), so it is never respelt as an English word.
 */
function nameWords(index: ValueIndex): string[] {
  const hit = nameWordCache.get(index);
  if (hit) return hit;
  const words = new Set<string>(dataWords(index));
  for (const map of [index.companies, index.events, index.firstNames, index.surnames, index.venues, index.cities])
    for (const key of map.keys()) for (const x of key.split(' ')) if (/^[a-z]{4,}$/.test(x)) words.add(x);
  for (const x of index.namesInText) words.add(x);
  const made = [...words];
  nameWordCache.set(index, made);
  return made;
}

/**
 * The English word a lower-case typed word that is no English word is one slip of (`text/englishSlips.ts`), when it
 * is one likeliest and no name of the data is as near: a name typed with a slip keeps its priority over English
 * ("marx" is no "mars" when a company is named so). Null otherwise: a tie or a name is asked about.
 * @example englishSlip('recieve', index) // 'receive'
 */
function englishSlip(w: string, index: ValueIndex): string | null {
  if (isEnglishWord(w)) return null;
  const found = englishSlipsOf(w, isEnglishWord);
  const [one] = found;
  if (found.length !== 1 || one === undefined) return null;
  return nameWords(index).some((x) => x !== one && isOneSlipOf(w, x)) ? null : one;
}

/** The parser's single words of an index (cached). */
function vocabularyOf(index: ValueIndex): string[] {
  let words = cache.get(index);
  if (!words) {
    words = vocabulary(index);
    cache.set(index, words);
  }
  return words;
}

/**
 * The likeliest words a typed word is a slip of, among the parser's words and the data's own (`rivals`: those of the
 * data only), of equally near words the likeliest slip ("thete": "there", a neighbouring key, not "these" or "theme").
 */
function slipReadings(w: string, index: ValueIndex): { likeliest: string[]; rivals: string[] } {
  const words = vocabularyOf(index);
  // a four-letter word is allowed only a dropped letter ("whch", "wich" of "which"): a changed one too often
  // makes another real word ("form"/"from")
  // ... and another form of the same word ("bring" / "brings") is no slip of it, nor a rival reading
  const nearOf = (known: readonly string[]): string[] =>
    (w.length < MIN_LETTERS
      ? isEnglishWord(w)
        ? []
        : known.filter((k) => missingOne(w, k))
      : known.filter(
          (k) => k !== w && (editDistance(w, k, allowedEdits(w.length)) <= allowedEdits(w.length) || movedLetter(w, k)),
        )
    ).filter((k) => !sameLemma(w, k));
  const near = nearOf(words);
  if (near.length === 0) return { likeliest: [], rivals: [] };
  // among the data's own words too: a slip as likely of a word of the data is a question, not a correction
  const rivals = nearOf(dataWords(index)).filter((k) => !near.includes(k));
  return { likeliest: likeliestTypos(w, [...near, ...rivals]), rivals };
}

/**
 * The words a typed word is equally likely a slip of, when it is one of several ("coud": "could" or "cloud"): what a
 * clarification about the word offers (empty when it has one reading or none).
 * @example slipTies('coud', index) // ['could', 'cloud']
 */
export function slipTies(typed: string, index: ValueIndex): string[] {
  const w = typed.toLowerCase();
  if (!/^[a-z]+$/.test(w) || w.length < MIN_LETTERS - 1 || vocabularyOf(index).includes(w)) return [];
  const { likeliest, rivals } = slipReadings(w, index);
  const [one] = likeliest;
  return likeliest.length > 1 || (one !== undefined && rivals.includes(one)) ? likeliest : [];
}

/**
 * True when a word of the data's own text or names is among the likeliest readings of a typed word ("coud": the theme
 * "cloud" as near as "could"): such a word is asked about, never read as the parser's word by any guess.
 * @example dataWordAsNear('coud', index) // true
 */
export function dataWordAsNear(typed: string, index: ValueIndex): boolean {
  const w = typed.toLowerCase();
  if (!/^[a-z]+$/.test(w) || w.length < MIN_LETTERS - 1 || vocabularyOf(index).includes(w)) return false;
  const { likeliest, rivals } = slipReadings(w, index);
  return likeliest.some((x) => rivals.includes(x));
}
