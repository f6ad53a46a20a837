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

/** The shortest word read as an adverb of emphasis typed with a slip ("acutally"); shorter ones fit too many words. */
const MIN_SLIP_LENGTH = 6;
const slipCache = new Map<string, boolean>();

/**
 * The words `typed` is with a slip that keeps every letter: two adjacent letters swapped ("acutally"), a letter typed
 * twice ("reallly") or one of a doubled pair typed once ("actualy").
 */
function keptLetterReadings(typed: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < typed.length; i++) {
    out.add(typed.slice(0, i) + (typed[i + 1] ?? '') + (typed[i] ?? '') + typed.slice(i + 2));
    if (typed[i] === typed[i + 1]) out.add(typed.slice(0, i) + typed.slice(i + 1));
  }
  for (let i = 0; i < typed.length; i++) out.add(typed.slice(0, i + 1) + typed.slice(i));
  out.delete(typed);
  return out;
}

/**
 * True when `word` is an adverb of emphasis typed with a slip that keeps every letter ("acutally", "reallly",
 * "actualy"; "genuinly" is not: a letter is missing that was never doubled): a word WordNet does not know, exactly one of whose readings is such an
 * adverb. Spelling tolerance reaches the filler adverbs, which no vocabulary lists (they are read by meaning).
 * @example isEmphasisAdverbSlip('acutally') // true
 * @example isEmphasisAdverbSlip('only') // false
 */
export function isEmphasisAdverbSlip(word: string): boolean {
  const hit = slipCache.get(word);
  if (hit !== undefined) return hit;
  const wn = wordNet();
  let made = false;
  if (/^[a-z]+$/.test(word) && word.length >= MIN_SLIP_LENGTH) {
    const english = (['noun', 'verb', 'adj', 'adv'] as const).some((pos) => wn.senses(word, pos).length > 0);
    if (!english) made = [...keptLetterReadings(word)].filter((x) => isEmphasisAdverb(x)).length === 1;
  }
  slipCache.set(word, made);
  return made;
}

const adjectiveCache = new Map<string, boolean>();
/** The adverbs of reality ("it is actually so"): an adjective stressing a noun says the noun is really that. */
const REALITY_ADVERBS: ReadonlySet<string> = new Set(['really', 'actually']);

/**
 * Adjectives of emphasis read by meaning: an adjective whose adverb ("actual" -> "actually", "genuine" ->
 * "genuinely", "real" -> "really") is an adverb of emphasis whose first sense is "really" stresses the noun after it without narrowing it ("actual
 * security vendors", "real banks"): the vendors, the banks. The caller keeps a phrase the adjective opens in the
 * vocabulary ("real estate").
 * @example isEmphasisAdjective('actual') // true
 * @example isEmphasisAdjective('big') // false
 */
export function isEmphasisAdjective(word: string): boolean {
  const hit = adjectiveCache.get(word);
  if (hit !== undefined) return hit;
  const wn = wordNet();
  const made =
    /^[a-z]+$/.test(word) &&
    wn.senses(word, 'adj').length > 0 &&
    [`${word}ly`, `${word.replace(/e$/, '')}ly`].some((adverb) => {
      const first = wn.senses(adverb, 'adv')[0];
      return (
        first !== undefined &&
        isEmphasisAdverb(adverb) &&
        wn.synset(first, 'adv').words.some((x) => REALITY_ADVERBS.has(x))
      );
    });
  adjectiveCache.set(word, made);
  return made;
}

/** Adjectives of breadth, in every degree ("wide", "wider", "broadest"). */
const EXTENT_ADJECTIVES: ReadonlySet<string> = new Set(
  ['wide', 'broad'].flatMap((x) => [x, x.endsWith('e') ? `${x}r` : `${x}er`, x.endsWith('e') ? `${x}st` : `${x}est`]),
);

/**
 * Adjectives of breadth before a theme ("the wider built environment", "the broader fintech space"): they take the
 * theme in its full extent, which is what reading the theme does; no condition of their own (read as a word of the
 * events' text, "broader" was a theme "broad" ANDed to the one asked, 0 rows).
 * @example isExtentAdjective('wider') // true
 * @example isExtentAdjective('big') // false
 */
export function isExtentAdjective(word: string): boolean {
  return EXTENT_ADJECTIVES.has(word);
}
