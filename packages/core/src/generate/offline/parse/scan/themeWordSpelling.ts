/**
 * Misspelt words of the data's themes: the words of company industries and event tags ("hospitaltiy",
 * "developement", "telecomunications"). A word that no recogniser knows and that is no English word is read as
 * the one theme word nearest to it within the spelling allowance (`text/spelling.ts`), the likeliest slip on a tie
 * (`text/typoTies.ts`). Without this the theme reader's stem match takes the typo for another word sharing its
 * first letters ("hospitaltiy" would read as "Hospitals"). Still tied, or nothing near: the word stays as typed
 * and the parser reports it.
 */
import { nearestWords } from '../../text/spelling';
import type { Token } from '../../text/tokenize';
import { likeliestTypos } from '../../text/typoTies';
import type { ValueIndex } from '../../values/ValueIndex';

const themeWordsOf = new WeakMap<ValueIndex, readonly string[]>();

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
  for (const t of tokens) {
    const w = t.norm;
    if (w.length < 5 || !/^[a-z]+$/.test(w) || known(w) || english(w)) continue;
    if (t.index > 0 && /^[A-Z]/.test(t.raw)) continue;
    const found = likeliestTypos(w, nearestWords(w, themeWords(index)));
    if (found.length === 1 && found[0] !== undefined) t.norm = found[0];
  }
}
