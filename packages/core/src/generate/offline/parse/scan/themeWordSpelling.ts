/**
 * Misspelt words of the data's themes: the words of company industries and event tags ("hospitaltiy",
 * "developement", "telecomunications"). A word that no recogniser knows and that is no English word is read as
 * the one theme word nearest to it within the spelling allowance (a word of an event's or a company's name is a
 * name, never respelt) (`text/spelling.ts`), the likeliest slip on a tie
 * (`text/typoTies.ts`). Without this the theme reader's stem match takes the typo for another word sharing its
 * first letters ("hospitaltiy" would read as "Hospitals"). Still tied, or nothing near: the word stays as typed
 * and the parser reports it.
 */
import { allowedEdits, editDistance, nearestWords } from '../../text/spelling';
import { normKey, type Token } from '../../text/tokenize';
import { likeliestTypos } from '../../text/typoTies';
import type { ValueIndex } from '../../values/ValueIndex';

const themeWordsOf = new WeakMap<ValueIndex, readonly string[]>();
const nameWordsOf = new WeakMap<ValueIndex, ReadonlySet<string>>();

/** The words of the data's event and company names ("kymeta" of "Kymeta Corporation"): names, never respelt. */
function nameWords(index: ValueIndex): ReadonlySet<string> {
  const cached = nameWordsOf.get(index);
  if (cached) return cached;
  const words = new Set(index.named.flatMap((n) => normKey(n.name).split(' ')));
  nameWordsOf.set(index, words);
  return words;
}

/** The words of the index's industries and tag labels, five letters or more (built once per index). */
function themeWords(index: ValueIndex): readonly string[] {
  const cached = themeWordsOf.get(index);
  if (cached) return cached;
  const words = [
    ...new Set([...index.industries.flatMap((i) => i.tokens), ...index.tags.flatMap((t) => t.words)]),
  ].filter((x) => /^[a-z]{5,}$/.test(x));
  themeWordsOf.set(index, words);
  return words;
}

/**
 * True when a word is within the spelling allowance of a word of the data's themes ("healthare": "healthcare"): a
 * slip of it, likelier than two words typed together ("health are").
 */
export function misspellsThemeWord(word: string, index: ValueIndex): boolean {
  return nearestWords(word, themeWords(index)).length > 0;
}

/** Nouns that say the words before them are a theme. */
const THEME_NOUNS: ReadonlySet<string> = new Set(['industry', 'industries', 'sector', 'sectors']);

const themeWordSets = new WeakMap<ValueIndex, ReadonlySet<string>>();

/** The theme words of {@link themeWords} as a set (built once per index). */
function themeWordSetOf(index: ValueIndex): ReadonlySet<string> {
  const cached = themeWordSets.get(index);
  if (cached) return cached;
  const made = new Set(themeWords(index));
  themeWordSets.set(index, made);
  return made;
}

/**
 * Rewrites misspelt theme words in place (the token's `norm`; `raw` stays as typed). `known` says which words some
 * recogniser reads as they are; `english` which words are English words (never respelt).
 * @example correctThemeSpelling(tokenize('hospitaltiy companies'), index, known, english) // norm 'hospitality'
 */
export function correctThemeSpelling(
  tokens: Token[],
  index: ValueIndex,
  known: (word: string) => boolean,
  english: (word: string) => boolean,
): void {
  const themeSet = themeWordSetOf(index);
  for (const t of tokens) {
    const w = t.norm;
    if (w.length < 5 || !/^[a-z]+$/.test(w) || known(w) || english(w) || nameWords(index).has(w)) continue;
    // a capitalised word inside the sentence is a name, unless a word of a theme (or the noun "industry" / "sector")
    // stands beside it: the theme typed in Title Case ("Real Estste", "Hospiality industry")
    const besideTheme = [tokens[t.index - 1], tokens[t.index + 1]].some(
      (x) => x !== undefined && (themeSet.has(x.norm) || THEME_NOUNS.has(x.norm)),
    );
    if (t.index > 0 && /^[A-Z]/.test(t.raw) && !besideTheme) continue;
    const found = likeliestTypos(w, nearestWords(w, themeWords(index)));
    const plural = pluralSlip(w, index, found);
    if (plural !== undefined) t.norm = plural;
    else if (found.length === 1 && found[0] !== undefined) t.norm = found[0];
  }
}

/**
 * A plural typed with a slip in its stem ("nonprofts", "hospitals" aside): the theme word its stem is a slip of, in the
 * plural, when the stem is nearer to it than the whole word is to any theme word. The plural is a noun of the rows
 * ("nonprofits taking part": companies), the singular a modifier that asks for a noun after it; respelt to the
 * singular, the word lost that.
 */
function pluralSlip(word: string, index: ValueIndex, whole: readonly string[]): string | undefined {
  if (!/[^s]s$/.test(word)) return undefined;
  const stem = word.slice(0, -1);
  const found = likeliestTypos(stem, nearestWords(stem, themeWords(index)));
  const [one] = found;
  if (found.length !== 1 || one === undefined || one.endsWith('s')) return undefined;
  const max = allowedEdits(word.length);
  const [near] = whole;
  if (near !== undefined && editDistance(word, near, max) <= editDistance(stem, one, max)) return undefined;
  return `${one}s`;
}
