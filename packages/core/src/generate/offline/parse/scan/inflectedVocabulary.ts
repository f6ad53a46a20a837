/**
 * A vocabulary word typed in the plural where the lexicon lists the singular: "people by seniorities" for
 * "seniority", "SDRs" for "sdr" (the singular typed for a listed plural is left to the readers that know it). A word and its own inflection are one word, so the parser reads the
 * form its vocabulary lists instead of asking which of the two was meant.
 */
import { LEXICON } from '../lexiconTable';
import { nounLemma } from '../../text/language';
import type { Token } from '../../text/tokenize';

/** The singular of a plural word that the lexicon lists, or null (none listed, or the word is listed itself). */
export function listedInflection(word: string): string | null {
  if (LEXICON.has(word) || word.length < 4 || !/^[a-z]+$/.test(word)) return null;
  const singular = nounLemma(word);
  // a regular plural of a word the lemmatizer does not know ("sdrs", "bdrs")
  const regular = /[^s]s$/.test(word) ? [word.slice(0, -1)] : [];
  const forms = [singular !== word ? singular : null, ...regular].filter((f): f is string => f !== null);
  return forms.find((f) => LEXICON.has(f)) ?? null;
}

/**
 * Rewrites, in place (`norm`; `raw` stays as typed), each word no reader knows whose other number the lexicon
 * lists. `known` says which words some reader takes as they are (names, filler): those are left alone.
 */
export function readInflectedVocabulary(tokens: Token[], known: (word: string) => boolean): void {
  for (const t of tokens) {
    if (known(t.norm)) continue;
    const form = listedInflection(t.norm);
    if (form !== null) t.norm = form;
  }
}
