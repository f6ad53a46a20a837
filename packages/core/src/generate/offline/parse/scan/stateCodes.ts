/**
 * "people in NSW", "marketing folks in tx", "companies in CA": a state's or province's postal code (the codes the
 * data's state columns hold) read as that state where only one reading fits. The code names a place when typed in
 * capitals (in a question not typed all in capitals), or in lower case right after a place word when it is no
 * English word ("in tx", "based in nsw"; never "in ca", "in me"); a word of the questions' vocabulary ("HR": human
 * resources, not Haryana) is never a code. A code several places share (CA: California and
 * Canada; TN: Tennessee and Tamil Nadu; WA: Washington and Western Australia; KL: Kerala and Kuala Lumpur) is asked
 * back with each reading as an option, never guessed, unless the words beside it settle it: a city of one of the
 * states before it ("San Jose CA"), the country of one of them after it ("CA, USA"). A code after a city of its state
 * ("Toronto ON", "sydney nsw") is part of the city's name. A word that only joins the sentence ("ON", "OR", "ME") is
 * the code when typed in capitals where a place stands ("people in ON").
 */
import { SUBDIVISIONS } from '@musaeid/db';
import { COUNTRY_CODE_WORDS } from '../../lexicon/countryWords';
import { inWordNet } from '../../text/language';
import { normKey } from '../../text/tokenize';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { LEXICON } from '../lexiconTable';
import type { MentionBody } from '../Mention';
import { CODE_PLACE_WORDS } from './countryCodes';
import type { ValueIndex } from '../../values/ValueIndex';
import { claim, isFree, type ScanState } from './ScanState';

/** Subdivisions by their lower-case code ("nsw" -> New South Wales). */
const BY_CODE: ReadonlyMap<string, readonly (typeof SUBDIVISIONS)[number][]> = (() => {
  const out = new Map<string, (typeof SUBDIVISIONS)[number][]>();
  for (const s of SUBDIVISIONS) out.set(s.code.toLowerCase(), [...(out.get(s.code.toLowerCase()) ?? []), s]);
  return out;
})();

/** A reading of a code, and the words that read that way in a reworded question ("state of california"). */
interface CodeReading {
  readonly mention: MentionBody;
  /** The country a state reading lies in (its canonical name), null for other readings. */
  readonly country: string | null;
  readonly label: string;
  readonly replacement: string;
}

/** The readings of a code: its states (as the value index holds them), a country and a city of the same letters. */
function readings(index: ValueIndex, code: string): CodeReading[] {
  const out: CodeReading[] = [];
  for (const sub of BY_CODE.get(code) ?? []) {
    const key = normKey(sub.name);
    const hit = index.states.get(key) ?? index.states.get(`${key} state`);
    if (hit)
      out.push({
        mention: { t: 'state', label: hit.label, values: hit.values, cities: hit.cities },
        country: COUNTRY_CODE_WORDS.find((c) => c.letters === 2 && c.code === sub.country.toLowerCase())?.name ?? null,
        label: `the state ${hit.label}`,
        replacement: index.states.has(`state of ${key}`) ? `state of ${key}` : key,
      });
  }
  const country = COUNTRY_CODE_WORDS.find((c) => c.code === code);
  if (country)
    out.push({
      mention: { t: 'country', names: [country.name] },
      country: null,
      label: `the country ${country.name}`,
      replacement: country.name,
    });
  const city = index.cities.get(code);
  if (city)
    out.push({
      mention: { t: 'city', name: city.label, values: [...city.values] },
      country: null,
      label: `the city ${city.label}`,
      replacement: city.label,
    });
  return out;
}

/** The places a code may stand for (its states, a country, a city of the same letters), as readings of the scan. */
export function placeCodeReadings(index: ValueIndex, code: string): MentionBody[] {
  return readings(index, code).map((r) => r.mention);
}

/** The options of a clarification about a code several places share ("TN": Tennessee or Tamil Nadu). */
export function stateCodeCandidates(code: string, index: ValueIndex): { label: string; replacement: string }[] {
  const options = readings(index, code);
  return options.length > 1 ? options.map(({ label, replacement }) => ({ label, replacement })) : [];
}

/** A code typed in lower case is a place only when it cannot be an English word: no vowel ("tx", "nsw"), or none. */
function plainWord(code: string): boolean {
  return /[aeiou]/.test(code) && inWordNet(code);
}

/** Readings of words that only join a sentence ("on", "or", "in", "me"): such a word in capitals may be a code. */
const GRAMMAR_READINGS: ReadonlySet<string> = new Set(['prep', 'or', 'and']);

/**
 * A word of the questions' vocabulary that keeps its reading however typed ("HR": human resources, not Haryana;
 * "IT"); a word that only joins the sentence ("ON", "OR", "ME") is the code when typed in capitals where a place
 * stands ("people in ON", "Toronto ON").
 */
function vocabularyWord(code: string, capitalsAtPlace: boolean): boolean {
  const readings = LEXICON.get(code);
  if (!readings && !FILLER_WORDS.has(code)) return false;
  if (!capitalsAtPlace) return true;
  return readings?.some((r) => !GRAMMAR_READINGS.has(r.t)) ?? false;
}

/** The city typed right before position i, as [start, city key], or null ("toronto ON", "san jose CA"). */
function cityBefore(s: ScanState, i: number): { start: number; key: string } | null {
  // a city of several words an earlier pass read ("san jose")
  const read = s.mentions.find((m) => m.t === 'city' && m.end === i);
  if (read) return { start: read.start, key: s.w.slice(read.start, i).join(' ') };
  for (const len of [3, 2, 1]) {
    const start = i - len;
    if (start < 0 || !isFree(s, start, i)) continue;
    const key = s.w.slice(start, i).join(' ');
    if (s.index.cities.has(key)) return { start, key };
  }
  return null;
}

/** The countries named right after position i ("CA USA", "ON canada"), by canonical name. */
function countriesAfter(s: ScanState, i: number): readonly string[] {
  for (const len of [3, 2, 1]) {
    const hit = s.index.countries.get(s.w.slice(i + 1, i + 1 + len).join(' '));
    if (hit && hit.names.length === 1) return hit.names;
  }
  return [];
}

/**
 * The readings the words beside a shared code leave ("CA" after "San Jose", or before "USA", is California): a
 * state whose gazetteer cities hold the city before it, or whose country is named after it. All of them when
 * nothing beside the code settles it.
 */
function settledByNeighbours(s: ScanState, i: number, options: readonly CodeReading[]): readonly CodeReading[] {
  const city = cityBefore(s, i);
  const countries = countriesAfter(s, i);
  const kept = options.filter((o) => {
    // "CA, Canada": the country reading, named again after the code
    if (o.mention.t === 'country') return o.mention.names.some((name) => countries.includes(name));
    if (o.mention.t !== 'state') return false;
    const inCity = city !== null && o.mention.cities.some((c) => normKey(c) === city.key);
    const inCountry = o.country !== null && countries.includes(o.country);
    return inCity || inCountry;
  });
  return kept.length > 0 ? kept : options;
}

export function readStateCodes(s: ScanState): void {
  const { w, tokens } = s;
  const shouted = tokens.every((t) => t.raw === t.raw.toUpperCase());
  for (let i = 0; i < w.length; i++) {
    const raw = tokens[i]?.raw ?? '';
    const code = w[i] ?? '';
    if (!BY_CODE.has(code) || !/^[A-Za-z]{2,3}$/.test(raw) || !isFree(s, i, i + 1)) continue;
    const capitals = raw === raw.toUpperCase() && !shouted;
    const afterPlaceWord = i > 0 && CODE_PLACE_WORDS.has(w[i - 1] ?? '');
    const city = cityBefore(s, i);
    // a word of the questions' vocabulary ("HR", "IT") keeps its reading however typed: "contacts in HR"
    if (vocabularyWord(code, capitals && (afterPlaceWord || city !== null))) continue;
    if (!capitals && !((afterPlaceWord || city !== null) && !plainWord(code))) continue;
    const options = settledByNeighbours(s, i, readings(s.index, code));
    const [only] = options;
    // "toronto ON", "sydney nsw": the code after a city of that state says which city; it is part of the city's name
    if (
      options.length === 1 &&
      only?.mention.t === 'state' &&
      city &&
      only.mention.cities.some((c) => normKey(c) === city.key)
    ) {
      const hit = s.index.cities.get(city.key);
      const read = s.mentions.findIndex((m) => m.t === 'city' && m.start === city.start && m.end === i);
      if (hit) {
        if (read >= 0) s.mentions.splice(read, 1);
        for (let k = city.start; k < i; k++) s.claimed[k] = false;
        claim(s, city.start, i + 1, { t: 'city', name: hit.label, values: [...hit.values] });
        continue;
      }
    }
    if (options.length === 1 && only) claim(s, i, i + 1, only.mention);
    else if (options.length > 1)
      claim(s, i, i + 1, {
        t: 'unclear',
        about: 'name',
        why: `"${raw}" is the code of ${options.map((o) => o.label).join(' and of ')}`,
        options: options.map((o) => o.mention),
      });
  }
}
