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
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { clipsWord } from '../../text/clippedWords';
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

/**
 * The words of industries the typed words start in order, the last typed word starting the industry's last word and
 * at least one of them clipped ("comp sec": computer, security of "Computer and Network Security").
 */
function spanningFits(typed: readonly string[], index: ValueIndex): string[][] {
  const out: string[][] = [];
  // words that carry nothing ("for the") are no clipped theme, whatever industry words they start
  if (typed.some((x) => FILLER_WORDS.has(x) || x.length < MIN_CLIPPED)) return out;
  for (const industry of index.industries) {
    const words = industry.tokens.filter((x) => /^[a-z]+$/.test(x));
    if (words.length <= typed.length || !startsTheWord(typed.at(-1) ?? '', words.at(-1) ?? '')) continue;
    const picked: string[] = [];
    let at = 0;
    for (const x of typed.slice(0, -1)) {
      while (at < words.length - 1 && !startsTheWord(x, words[at] ?? '')) at++;
      if (at >= words.length - 1) break;
      picked.push(words[at] ?? '');
      at++;
    }
    if (picked.length !== typed.length - 1) continue;
    picked.push(words.at(-1) ?? '');
    if (picked.some((word, k) => word !== typed[k])) out.push(picked);
  }
  return out;
}

/**
 * The typed word stands for the theme word: the same, or its first letters (at least `MIN_CLIPPED`), never a whole
 * word the theme word derives from ("provide" of "providers": `clipsWord`).
 */
function startsTheWord(typed: string, word: string): boolean {
  return typed === word || (typed.length >= MIN_CLIPPED && clipsWord(typed, word));
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
      const consecutive = phrases.filter(
        (p) => p.length === len && p.every((word, k) => startsTheWord(typed[k] ?? '', word)),
      );
      // ... or, when no run of words fits, words of one industry in its order ending on its last word ("comp sec":
      // "Computer and Network Security"), the words between left out as the user did
      const fits = consecutive.length > 0 ? consecutive : spanningFits(typed, index);
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
