/**
 * A country typed clipped after a place word ("contacts in indo", "firms from phil", "people based in viet"): a word
 * of four letters or more that nothing read, that is no English word, and that begins the name of countries the data
 * holds. One country is read as it; several ("mala": Malaysia, Malawi, Malta) are asked about, never guessed.
 */
import { isEnglishWord } from './vocabularySpelling';
import type { MentionBody } from '../Mention';
import { LEXICON } from '../lexiconTable';
import { CODE_PLACE_WORDS } from './countryCodes';
import { claim, isFree, type ScanState } from './ScanState';

/** Shortest clipped form read: three letters begin too many names ("ind", "aus"). */
const MIN_CLIPPED = 4;

export function readClippedCountries(s: ScanState): void {
  const { w, index } = s;
  for (let i = 1; i < w.length; i++) {
    const word = w[i] ?? '';
    if (!CODE_PLACE_WORDS.has(w[i - 1] ?? '') || !isFree(s, i, i + 1)) continue;
    if (word.length < MIN_CLIPPED || !/^[a-z]+$/.test(word) || LEXICON.has(word) || isEnglishWord(word)) continue;
    // the name typed whole ("in hong kong"): its first word is no clipping, the values read the name
    if (namesGoOn(s, i)) continue;
    const countries = new Map<string, MentionBody>();
    for (const [key, hit] of index.countries) {
      if (hit.strict || hit.afterPlaceWord || key.length <= word.length || !key.startsWith(word)) continue;
      countries.set(hit.names.join('|'), { t: 'country', names: hit.names });
    }
    const options = [...countries.values()];
    const [only] = options;
    if (options.length === 1 && only) claim(s, i, i + 1, only);
    else if (options.length > 1)
      claim(s, i, i + 1, { t: 'unclear', about: 'name', why: 'several countries begin so', options });
  }
}

/** True when the words from `i` on begin a country's name of two words or more ("hong kong", "sri lanka"). */
function namesGoOn(s: ScanState, i: number): boolean {
  const next = s.w[i + 1];
  if (next === undefined) return false;
  const typed = `${s.w[i] ?? ''} ${next}`;
  for (const key of s.index.countries.keys()) if (key === typed || key.startsWith(`${typed} `)) return true;
  return false;
}
