/**
 * "people in NSW", "marketing folks in tx", "companies in CA": a state's or province's postal code (the codes the
 * data's state columns hold) read as that state where only one reading fits. The code names a place when typed in
 * capitals (in a question not typed all in capitals), or in lower case right after a place word when it is no
 * English word ("in tx", "based in nsw"; never "in ca", "in me"); a word of the questions' vocabulary ("HR": human
 * resources, not Haryana) is never a code. A code several places share (CA: California and
 * Canada; TN: Tennessee and Tamil Nadu; WA: Washington and Western Australia; KL: Kerala and Kuala Lumpur) is asked
 * back with each reading as an option, never guessed.
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
        label: `the state ${hit.label}`,
        replacement: index.states.has(`state of ${key}`) ? `state of ${key}` : key,
      });
  }
  const country = COUNTRY_CODE_WORDS.find((c) => c.code === code);
  if (country)
    out.push({
      mention: { t: 'country', names: [country.name] },
      label: `the country ${country.name}`,
      replacement: country.name,
    });
  const city = index.cities.get(code);
  if (city)
    out.push({
      mention: { t: 'city', name: city.label, values: [...city.values] },
      label: `the city ${city.label}`,
      replacement: city.label,
    });
  return out;
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

export function readStateCodes(s: ScanState): void {
  const { w, tokens } = s;
  const shouted = tokens.every((t) => t.raw === t.raw.toUpperCase());
  for (let i = 0; i < w.length; i++) {
    const raw = tokens[i]?.raw ?? '';
    const code = w[i] ?? '';
    if (!BY_CODE.has(code) || !/^[A-Za-z]{2,3}$/.test(raw) || !isFree(s, i, i + 1)) continue;
    const capitals = raw === raw.toUpperCase() && !shouted;
    const afterPlaceWord = i > 0 && CODE_PLACE_WORDS.has(w[i - 1] ?? '');
    // a word of the questions' vocabulary ("HR", "IT") keeps its reading however typed: "contacts in HR"
    if (LEXICON.has(code) || FILLER_WORDS.has(code)) continue;
    if (!capitals && !(afterPlaceWord && !plainWord(code))) continue;
    const options = readings(s.index, code);
    const [only] = options;
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
