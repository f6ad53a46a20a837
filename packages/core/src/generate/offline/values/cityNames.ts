import { CITIES } from '@musaeid/db';
import { normKey } from '../text/tokenize';

/** A city as a question names it: the name shown and every spelling the data's city columns hold for it. */
export interface CityHit {
  readonly label: string;
  readonly values: readonly string[];
}

/** One city spelling of the data, where it was read and how many people rows hold it. */
export interface DataCity {
  readonly value: string;
  /** true: an event's or a company's city; false: only people's cities. */
  readonly placeOfRecord: boolean;
  readonly people: number;
}

/**
 * The cities a question can name, keyed by normalised spelling. A city of the gazetteer is one hit for all its
 * names (current, former and foreign: "Bombay" and "Mumbai", "Köln" and "Cologne"), holding every one of them the
 * data spells, so "people in Bangalore" finds the rows written "Bengaluru" too. A city the gazetteer does not know
 * is its own data spelling. People's cities that read as something else are left out: an ordinary word
 * ("Nowhere"), a name other recognisers own (`isTaken`: a country, a state, a word of the lexicon), or a spelling
 * held by a single person and nothing else (junk is rarely repeated). A city named "<X> City" is also X.
 */
export function cityNames(
  data: readonly DataCity[],
  isTaken: (key: string) => boolean,
  isOrdinary: (key: string) => boolean,
): Map<string, CityHit> {
  const spellings = new Map<string, Set<string>>();
  for (const c of data) {
    const key = normKey(c.value);
    if (key.length < 3 || /\d/.test(key)) continue;
    if (!c.placeOfRecord && (c.people < 2 || isOrdinary(key))) continue;
    const set = spellings.get(key) ?? new Set<string>();
    set.add(c.value);
    spellings.set(key, set);
  }
  const out = new Map<string, CityHit>();
  /** Gazetteer cities no row of the data is in: read as the city, so the answer says none is there. */
  const absent: [string, CityHit][] = [];
  for (const entry of CITIES) {
    const keys = [...new Set([entry.name, ...(entry.aliases ?? [])].map(normKey))];
    const values = [...new Set(keys.flatMap((k) => [...(spellings.get(k) ?? [])]))];
    if (values.length === 0) {
      // "people at X in Lagos": a city the data holds no row in is still a city; the request is read with it and its
      // answer is empty (was refused as a name not found, as if the question were not understood). A name that is
      // a common word or has big namesakes (`textMatch: false`) is no such city.
      if (entry.textMatch === false) continue;
      const hit: CityHit = { label: entry.name, values: [entry.name] };
      for (const k of keys) if (k.length >= 3 && !isOrdinary(k)) absent.push([k, hit]);
      continue;
    }
    const hit: CityHit = { label: entry.name, values };
    for (const k of keys) if (!isTaken(k)) out.set(k, hit);
  }
  for (const [key, values] of spellings) {
    if (out.has(key) || isTaken(key)) continue;
    out.set(key, { label: [...values][0] ?? key, values: [...values] });
  }
  for (const [key, hit] of absent) if (!out.has(key) && !isTaken(key)) out.set(key, hit);
  // "ho chi minh" for "Ho Chi Minh City": a city named "<X> City" is typed without the word, unless X names
  // something else ("Mexico City": the country; "Kansas City": the state)
  for (const [key, hit] of [...out]) {
    const bare = key.endsWith(' city') ? key.slice(0, -' city'.length) : '';
    if (bare.length >= 3 && !out.has(bare) && !isTaken(bare) && !isOrdinary(bare)) out.set(bare, hit);
  }
  return out;
}
