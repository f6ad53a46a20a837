/**
 * A theme of several words typed clipped ("info tech companies", "fin services firms", "bio tech startups"): each
 * word typed is the start of the word at the same place of a company industry or an event tag ("information
 * technology", "financial services"), at least one of them clipped. The words are read as the theme's own words
 * (the token's `norm`; `raw` stays as typed), so the theme reader finds the industry. Without this a clipped
 * first word that is also a filler word ("info") was dropped and the rest read alone ("tech": every technology
 * industry), a broader question than the one asked.
 *
 * The data is the vocabulary: only phrases of its own industries and tags are read, and only when every phrase
 * that fits expands to the same words (two different expansions are left as typed, for the parser to ask about).
 */
import { normKey, type Token } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';

/** A clipped word keeps at least this many letters ("fin", "info", "bio"). */
const MIN_CLIPPED = 3;
const MAX_WORDS = 3;

const phrasesOf = new WeakMap<ValueIndex, readonly (readonly string[])[]>();

/** The runs of two or three consecutive words of the industries and tag labels (built once per index). */
function themePhrases(index: ValueIndex): readonly (readonly string[])[] {
  const cached = phrasesOf.get(index);
  if (cached) return cached;
  const names = [...index.industries.map((i) => i.tokens), ...index.tags.map((t) => normKey(t.label).split(' '))];
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const words of names)
    for (let a = 0; a < words.length; a++)
      for (let len = 2; len <= MAX_WORDS && a + len <= words.length; len++) {
        const phrase = words.slice(a, a + len);
        if (!phrase.every((x) => /^[a-z]+$/.test(x))) continue;
        const key = phrase.join(' ');
        if (!seen.has(key)) out.push(phrase);
        seen.add(key);
      }
  phrasesOf.set(index, out);
  return out;
}

/** The typed word stands for the theme word: the same, or its first letters (at least `MIN_CLIPPED`). */
function startsTheWord(typed: string, word: string): boolean {
  return typed === word || (typed.length >= MIN_CLIPPED && word.length > typed.length && word.startsWith(typed));
}

/**
 * Rewrites clipped theme phrases in place, longest first. `known(phrase)` says the words typed are read as they are
 * by something else (a name of the data): they are never rewritten.
 */
export function expandClippedThemes(tokens: Token[], index: ValueIndex, known: (phrase: string) => boolean): void {
  const phrases = themePhrases(index);
  for (let i = 0; i < tokens.length; i++) {
    for (let len = MAX_WORDS; len >= 2; len--) {
      const typed = tokens.slice(i, i + len).map((t) => t.norm);
      if (typed.length < len || !typed.every((x) => /^[a-z]+$/.test(x)) || known(typed.join(' '))) continue;
      const fits = phrases.filter((p) => p.length === len && p.every((word, k) => startsTheWord(typed[k] ?? '', word)));
      const expansions = new Set(fits.map((p) => p.join(' ')));
      if (expansions.size !== 1) continue;
      const words = fits[0] ?? [];
      if (words.every((word, k) => word === typed[k])) break;
      words.forEach((word, k) => {
        const t = tokens[i + k];
        if (t) t.norm = word;
      });
      i += len - 1;
      break;
    }
  }
}
