/**
 * A two-letter word before a plural noun that a determiner typed with a slip fits ("al speakers at ahice", "al the
 * speakers": "all";
 * "ny sponsors in 2025": "any"). Words this short are too often something else to be corrected silently (`AL` is
 * Alabama's code and Albania's, `NY` New York's), and too short for the spelling passes (`vocabularySpelling.ts`
 * `correctClosedClassSlips` reads three letters and more), so they were asked about as places only or refused as
 * unknown themes: the determiner is offered among the readings, never picked.
 */
import { FILLER_WORDS, SLIP_DETERMINERS, SLIP_LINKING_WORDS } from '../../lexicon/fillerWords';
import { nounLemma } from '../../text/language';
import { isTypingSlip } from '../../text/typoTies';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';
import { CODE_PLACE_WORDS } from './countryCodes';
import { placeCodeReadings } from './stateCodes';

/** Words a determiner may stand before its plural noun with ("all the speakers", "any of the sponsors"). */
const BEFORE_NOUN: ReadonlySet<string> = new Set(['the', 'of']);

/**
 * True when the word at token `j` is a plural noun (a noun of the vocabulary's entities, or a plural form), or
 * comes after "the" / "of the" there.
 */
function pluralNounAt(s: ScanState, j: number): boolean {
  if (BEFORE_NOUN.has(s.w[j] ?? '') && !s.breaks.has(j)) return pluralNounAt(s, j + 1);
  const word = s.w[j];
  if (word === undefined || s.breaks.has(j) || FILLER_WORDS.has(word)) return false;
  const entity = LEXICON.get(word)?.some((r) => r.t === 'entity') === true;
  return entity ? nounLemma(word) !== word || word.endsWith('s') : /^[a-z]+s$/.test(word) && nounLemma(word) !== word;
}

/**
 * True when the word at token `j` is a noun of the vocabulary's entities ("companies", "partners"), or with `plural`
 * any plural noun ("officers"), in the same clause as the word after it.
 */
function nounAt(s: ScanState, j: number, plural = false): boolean {
  const word = s.w[j];
  if (word === undefined || s.breaks.has(j + 1) || FILLER_WORDS.has(word)) return false;
  // the first word of a phrase of the vocabulary ("business development") is no noun of its own
  if (!plural && LEXICON.has(`${word} ${s.w[j + 1] ?? ''}`)) return false;
  if (LEXICON.get(word)?.some((r) => r.t === 'entity') === true) return true;
  return plural && /^[a-z]+[^s]s$/.test(word) && nounLemma(word) !== word;
}

/**
 * Claims each lower-case two-letter word unknown to the vocabulary that stands before a plural noun and is one
 * typing slip of a determiner (`text/typoTies.ts` `isTypingSlip`) as an `unclear` word: the determiner offered as a
 * choice, with the places its letters are the code of (typed in capitals, it is the code, left to `stateCodes`).
 * @example "al speakers at ahice" // unclear: "all", the state Alabama, the country Albania
 */
export function readShortDeterminerSlips(s: ScanState): void {
  const { w, tokens } = s;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] ?? '';
    const raw = tokens[i]?.raw ?? '';
    if (!/^[a-z]{2}$/.test(word) || !isFree(s, i, i + 1)) continue;
    // lower case, or only its first letter capitalised at the start of the question
    if (raw !== word && !(i === 0 && raw === word[0]?.toUpperCase() + word.slice(1))) continue;
    if (LEXICON.has(word) || FILLER_WORDS.has(word) || !pluralNounAt(s, i + 1)) continue;
    const places = placeCodeReadings(s.index, word);
    // "partners fo events", "companies ae partners": between two nouns, a place code one slip of a linking word is
    // asked about as well (read as the place alone, it answered for the Faroe Islands)
    const linking = places.length > 0 && nounAt(s, i - 1, true) && nounAt(s, i + 1) ? [...SLIP_LINKING_WORDS] : [];
    const slips = [...SLIP_DETERMINERS, ...linking].filter((d) => isTypingSlip(word, d));
    if (slips.length === 0) continue;
    // "people from ny companies", "based in al": after a word of place the letters are the place's code
    if (places.length > 0 && CODE_PLACE_WORDS.has(w[i - 1] ?? '')) continue;
    claim(s, i, i + 1, {
      t: 'unclear',
      about: 'word',
      why: `"${raw}" may be ${slips.map((d) => `"${d}"`).join(' or ')} typed with a slip`,
      options: places,
      choices: slips.map((d) => ({ label: `"${d}"`, replacement: d })),
    });
  }
}
