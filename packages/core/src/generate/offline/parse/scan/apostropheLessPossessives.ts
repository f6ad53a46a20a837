/**
 * A name's possessive typed without its apostrophe ("googles sales team", "audrey seows email", "paypals vps"): the
 * tokenizer drops the "'s" of "google's", so a name typed with a bare "s" on its last word is read the same, as the
 * name. The word must be a name plus "s" exactly (a company or an event whose whole name ends at it, or a person's full
 * name), the word itself must name nothing (no value of the data, no word of the vocabulary or of the events' text:
 * "sales" is never the possessive of a company "Sale"), and a noun must follow it (a possessive owns the word after
 * it; a name closing the question is left to the spelling tolerance, which asks).
 */
import { normKey, type Token } from '../../text/tokenize';
import { isDataName, type ValueIndex } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';

/** How many words before the possessive a name may start (the longest names typed in full). */
const NAME_WORDS = 4;

/** The word names nothing as typed: no value of the data, no vocabulary entry, no word of the events' text. */
function namesNothing(word: string, index: ValueIndex): boolean {
  return !(
    LEXICON.has(word) ||
    isDataName(index, word) ||
    index.eventWords.has(word) ||
    index.commonWords.has(word) ||
    index.firstNames.has(word) ||
    index.surnames.has(word)
  );
}

/** A company or event spelt exactly so, readable from lower case, or a person's full name. */
function isName(key: string, raw: string, index: ValueIndex): boolean {
  const named = index.companies.get(key) ?? index.events.get(key);
  if (named) return named.quality >= 2 && (!named.needsCaps || /^[A-Z]/.test(raw));
  return key.includes(' ') && index.people.has(key);
}

export function readApostropheLessPossessives(tokens: Token[], index: ValueIndex): void {
  for (const t of tokens) {
    const word = t.norm;
    if (word.length < 4 || !word.endsWith('s') || !/^[a-z]+$/.test(word)) continue;
    if (tokens[t.index + 1] === undefined || !namesNothing(word, index)) continue;
    const stem = word.slice(0, -1);
    for (let n = 1; n <= NAME_WORDS && n <= t.index + 1; n++) {
      const before = tokens.slice(t.index - n + 1, t.index).map((x) => x.norm);
      const key = normKey([...before, stem].join(' '));
      if (isName(key, tokens[t.index - n + 1]?.raw ?? t.raw, index)) {
        t.norm = stem;
        break;
      }
    }
  }
}
