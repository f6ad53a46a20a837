/**
 * Nouns of the revenue's currency, read from WordNet: a word is the currency when one of its noun senses is a sense
 * of "dollar" (the monetary unit, the bill, the coin), so the colloquial names WordNet gives the dollar count as it
 * does ("bucks", "clams"); the data's revenue is in US dollars, so no other currency is read (an amount in euros is
 * not converted and stays unread). The ISO code is no English noun and is kept beside it.
 */
import { nounLemma, wordNet } from './language';

/** The currency the revenue column holds, as its English noun and as its ISO code. */
const CURRENCY_NOUN = 'dollar';
const CURRENCY_CODES: ReadonlySet<string> = new Set(['usd']);
/**
 * WordNet's lexicographer files of money (21: possessions, the bill and the coin; 23: quantities, the unit): the
 * senses of "dollar" that are money, not the dollar sign (a communication).
 */
const MONEY_FILES: ReadonlySet<number> = new Set([21, 23]);
/**
 * The country the currency is of, said before its noun ("US dollars", "u.s. dollars"): part of the currency's name,
 * no condition on a place.
 */
export const CURRENCY_COUNTRY_WORDS: ReadonlySet<string> = new Set(['us', 'u.s.', 'u.s', 'american']);

const cache = new Map<string, boolean>();
let moneySenses: ReadonlySet<number> | null = null;

/**
 * True when `word` names the revenue's currency.
 * @example isCurrencyNoun('bucks') // true: WordNet's "dollar, dollar bill, buck, clam"
 * @example isCurrencyNoun('euros') // false: another currency, which the revenue is not in
 */
export function isCurrencyNoun(word: string): boolean {
  if (CURRENCY_CODES.has(word)) return true;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const wn = wordNet();
  moneySenses ??= new Set(
    wn.senses(CURRENCY_NOUN, 'noun').filter((offset) => MONEY_FILES.has(wn.synset(offset, 'noun').lexFile)),
  );
  const senses = /^[a-z]+$/.test(word) ? wn.senses(nounLemma(word), 'noun') : [];
  const found = senses.some((offset) => moneySenses?.has(offset));
  cache.set(word, found);
  return found;
}

/**
 * The number of tokens of a currency said at `k` ("dollars", "usd", "us dollars", "bucks"), 0 when none is there.
 */
export function currencyLength(w: readonly string[], k: number): number {
  if (isCurrencyNoun(w[k] ?? '')) return 1;
  if (CURRENCY_COUNTRY_WORDS.has(w[k] ?? '') && isCurrencyNoun(w[k + 1] ?? '')) return 2;
  return 0;
}
