/**
 * "companies in ARE", "firms based in NOR": a country's ISO code typed in capitals right after a place word is the
 * country, even where the code is also a word the lexicon reads ("are", "nor"). Read before the lexicon's phrases,
 * so the word reading cannot take the place away; lower case ("are", "nor") and a question typed all in capitals
 * keep the word reading. Other codes are read with the names (`values.ts`).
 */
import { COUNTRY_CODE_WORDS } from '../../lexicon/countryWords';
import { claim, isFree, type ScanState } from './ScanState';

/** Country codes by their lower-case letters ("ita" -> Italy). */
const CODE_COUNTRY: ReadonlyMap<string, string> = new Map(COUNTRY_CODE_WORDS.map((c) => [c.code, c.name]));

/** Words right before which a code names the place ("firms in JP", "people from NOR", "based in ARE"). */
export const CODE_PLACE_WORDS: ReadonlySet<string> = new Set([
  'in',
  'from',
  'based',
  'headquartered',
  'located',
  'hq',
  'outside',
]);

export function readCountryCodes(s: ScanState): void {
  const { w, tokens, index } = s;
  const shouted = tokens.every((t) => t.raw === t.raw.toUpperCase());
  if (shouted) return;
  for (let i = 1; i < w.length; i++) {
    const raw = tokens[i]?.raw ?? '';
    if (!/^[A-Z]{2,3}$/.test(raw) || !CODE_PLACE_WORDS.has(w[i - 1] ?? '') || !isFree(s, i, i + 1)) continue;
    const country = index.countries.get(w[i] ?? '');
    if (country?.strict) claim(s, i, i + 1, { t: 'country', names: country.names });
    // "companies in ITA": a country's code that is also an event's or a company's acronym names either: asked
    const coded = CODE_COUNTRY.get(w[i] ?? '');
    const named = index.events.get(w[i] ?? '') ?? index.companies.get(w[i] ?? '');
    if (!country && coded && named && isFree(s, i, i + 1))
      claim(s, i, i + 1, {
        t: 'unclear',
        about: 'name',
        why: `"${raw}" is the code of ${coded} and the short name of ${named.names.join(', ')}`,
        options: [],
      });
  }
}
