/**
 * A constituent country ("England", "Scotland") names a part of a country the data has no field for: the people
 * and companies are placed by country, and only some rows carry such a name in their state column. Read as the
 * whole country it would answer a broader question, and read as the state value a narrower one, so it is asked
 * back (the clarification offers the country and, where the data holds the name as a state, that state).
 */
import { CONSTITUENT_PLACES } from '../../lexicon/countryWords';
import { normKey } from '../../text/tokenize';
import { claim, isFree, type ScanState } from './ScanState';

const PLACES = CONSTITUENT_PLACES.map((p) => ({ ...p, words: normKey(p.name).split(' ') }));

/** The words of those names: spelt right as they are ("wales" is no slip of "sales"). */
export const CONSTITUENT_PLACE_WORDS: ReadonlySet<string> = new Set(PLACES.flatMap((p) => p.words));

export function readConstituentPlaces(s: ScanState): void {
  for (const place of PLACES) {
    const len = place.words.length;
    for (let i = 0; i + len <= s.w.length; i++) {
      if (!place.words.every((x, k) => s.w[i + k] === x) || !isFree(s, i, i + len)) continue;
      // "the state of England": the state column's value, asked for as such
      if (s.w[i - 1] === 'of' && s.w[i - 2] === 'state') continue;
      claim(s, i, i + len, {
        t: 'unclear',
        about: 'name',
        why: `${place.name} is a part of ${place.country}; the data places people and companies by country`,
        options: [],
      });
    }
  }
}
