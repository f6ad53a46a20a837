/**
 * A plural of a noun ending in a consonant and "y" typed with a plain "s" ("universitys", "citys", "agencys"): the
 * regular plural ("universities") when that is an English word and the typed one is none. Every later reader (themes,
 * industries, the vocabulary) then reads the word as it reads its plural, instead of asking what the word means.
 */
import type { Token } from '../../text/tokenize';
import { wordNet } from '../../text/language';
import { isEnglishWord } from './vocabularySpelling';

/** True when WordNet lists the word itself, in any part of speech. */
function listed(word: string): boolean {
  const wn = wordNet();
  return (['noun', 'verb', 'adj', 'adv'] as const).some((pos) => wn.senses(word, pos).length > 0);
}

/** A consonant, then "ys", ending a word of four letters or more. */
const MISFORMED_PLURAL = /^[a-z]{2,}[^aeiouy]ys$/;

/** The regular plural of a misformed one ("universitys" -> "universities"), or null. */
export function regularPlural(word: string): string | null {
  // (the inflection rule of `isEnglishWord` adds a plain "s" to any lemma, so WordNet itself is asked for the word)
  if (!MISFORMED_PLURAL.test(word) || listed(word)) return null;
  const plural = `${word.slice(0, -2)}ies`;
  return isEnglishWord(plural) ? plural : null;
}

/**
 * Rewrites, in place (`norm`; `raw` stays as typed), each misformed plural no reader knows as it is (`known`: names,
 * filler) into its regular plural.
 */
export function readMisformedPlurals(tokens: Token[], known: (word: string) => boolean): void {
  for (const t of tokens) {
    if (known(t.norm)) continue;
    const plural = regularPlural(t.norm);
    if (plural !== null) t.norm = plural;
  }
}
