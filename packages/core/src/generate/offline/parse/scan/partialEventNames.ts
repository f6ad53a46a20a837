/**
 * A run of typed words that is a distinctive part of exactly one event's name ("submarine networks" of "Submarine
 * Networks World 2024", "dmwf" of "#DMWF Asia"). Such a run names that event even where its words also reach a
 * theme (the tagger files "submarine" under Telecommunications, "dmwf" under Marketing): reading the theme would
 * answer a broader question than the one asked (every telecom event's sponsors for one event's).
 *
 * Distinctive: at least two words of the name that are neither generic event words ("world", "summit"), places
 * ("asia", "middle east"), years nor filler, or one word the data writes as an acronym in capitals ("#DMWF Asia",
 * "AHICE South East Asia") that is no word of the language ("ART SG" holds the theme "art"). A run several events share ("cyber security") is no name of one event; a theme's own
 * phrase ("oil and gas", "big data") is left to the caller, which knows the themes (`topics.ts`).
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { isEnglishWord } from './vocabularySpelling';
import { PLACE_WORDS, type NamedHit, type ValueIndex } from '../../values/ValueIndex';

/** True when the data writes `word` in the event's name as an acronym in capitals ("DMWF" of "#DMWF Asia"). */
export function writtenAsAcronym(eventName: string, word: string): boolean {
  return eventName
    .split(/[^A-Za-z0-9]+/)
    .some((t) => t.length >= 2 && /[A-Z]{2}/.test(t) && t === t.toUpperCase() && t.toLowerCase() === word);
}

/** A word of one event's name that sets it apart: a name word of the index that is no place and no filler. */
function distinctiveWord(word: string, index: ValueIndex): boolean {
  return (
    index.eventNameWords.has(word) &&
    !PLACE_WORDS.has(word) &&
    !index.countries.has(word) &&
    !index.cities.has(word) &&
    !FILLER_WORDS.has(word)
  );
}

/**
 * The event the words are a distinctive part of, when exactly one event's name holds them; else null.
 * @example partOfOneEventName(['submarine', 'networks'], index) // the hit of "Submarine Networks World 2024"
 */
export function partOfOneEventName(words: readonly string[], index: ValueIndex): NamedHit | null {
  if (words.length === 0) return null;
  const phrase = words.join(' ');
  const hit = words.length === 1 ? index.eventNameWords.get(phrase) : index.events.get(phrase);
  if (!hit || hit.needsCaps || new Set(hit.names).size !== 1) return null;
  const [name] = hit.names;
  if (name === undefined) return null;
  const distinctive = new Set(words.filter((x) => distinctiveWord(x, index)));
  if (distinctive.size >= 2) return hit;
  // an acronym, not a word of the language the data writes in capitals ("ART SG", "MEDICAL FAIR": themes)
  return words.length === 1 && distinctive.size === 1 && writtenAsAcronym(name, phrase) && !isEnglishWord(phrase)
    ? hit
    : null;
}
