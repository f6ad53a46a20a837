/**
 * How questions name countries and regions, built from the one gazetteer in `@musaeid/db` (the ISO names and
 * spellings the derivations use, their demonyms and slang, and regions) -- nothing here is a second list.
 * Countries found in the database are added to the value index at start-up as well.
 */
import {
  CITIES,
  CONSTITUENT_COUNTRIES,
  COUNTRIES,
  COUNTRY_ALIASES,
  COUNTRY_ALPHA3,
  COUNTRY_SLANG,
  DEMONYMS,
  REGIONS,
  SUBDIVISIONS,
} from '@musaeid/db';

export interface CountryWord {
  name: string;
  aliases: readonly string[];
  /** Codes read as countries only when typed in capitals ("US", not the word "us"). */
  strictCodes?: readonly string[];
}

/** Two-letter codes that are also English words: a country only in capitals. Other codes are not read at all. */
const STRICT_CODES: Readonly<Record<string, readonly string[]>> = { US: ['us'], GB: ['gb'] };

/** "Americans", "Emiratis", "Filipinos", "New Zealanders": the plural of a demonym that takes one. */
function demonymPlural(demonym: string): string | null {
  return /(an|i|o|er)$/i.test(demonym) ? `${demonym}s` : null;
}

/**
 * A country whose name is also a state's or another country's city ("Georgia") is not read by that name: the
 * value index has the state, and a country found in the data is added from there anyway.
 */
function nameIsElsewhere(code: string, name: string): boolean {
  return SUBDIVISIONS.some((s) => s.name === name) || CITIES.some((c) => c.name === name && c.country !== code);
}

/** A constituent country ("Scotland") and the country it is part of, by canonical name. */
export const CONSTITUENT_PLACES: readonly { name: string; country: string }[] = Object.entries(
  CONSTITUENT_COUNTRIES,
).flatMap(([code, names]) =>
  COUNTRIES.filter((c) => c.code === code).flatMap((c) => names.map((name) => ({ name, country: c.name }))),
);

const CONSTITUENT_KEYS: ReadonlySet<string> = new Set(CONSTITUENT_PLACES.map((p) => p.name.toLowerCase()));

export const COUNTRY_WORDS: readonly CountryWord[] = (() => {
  const words = COUNTRIES.map((c) => {
    const demonyms = DEMONYMS[c.code] ?? [];
    const aliases = [
      c.name,
      ...c.aliases,
      ...(COUNTRY_ALIASES[c.code] ?? []),
      ...demonyms,
      ...demonyms.map(demonymPlural).filter((d): d is string => d !== null),
      ...(COUNTRY_SLANG[c.code] ?? []),
    ]
      .map((a) => a.toLowerCase())
      .filter((a) => a !== c.name.toLowerCase() || !nameIsElsewhere(c.code, c.name))
      // "England" asks for a part of the United Kingdom, not the whole: read by `CONSTITUENT_PLACES`
      .filter((a) => !CONSTITUENT_KEYS.has(a));
    return { code: c.code, name: c.name, aliases: [...new Set([...aliases, ...aliases.map((a) => `the ${a}`)])] };
  });
  // a spelling shared by two countries ("Dominican") names neither
  const owners = new Map<string, number>();
  for (const w of words) for (const a of new Set(w.aliases)) owners.set(a, (owners.get(a) ?? 0) + 1);
  return words.map((w) => ({
    name: w.name,
    aliases: w.aliases.filter((a) => owners.get(a) === 1),
    ...(STRICT_CODES[w.code] ? { strictCodes: STRICT_CODES[w.code] } : {}),
  }));
})();

/** Compass words a region's name opens with, and how they are written short ("se asia", "n america"). */
const COMPASS_SHORT: readonly (readonly [string, string])[] = [
  ['south east ', 'se '],
  ['southeast ', 'se '],
  ['north ', 'n '],
  ['south ', 's '],
];

/**
 * The adjective of a region's last word, by the regular English endings of place adjectives: "asia" -> "asian",
 * "europe" -> "european", "middle east" -> "middle eastern" ("european sponsors" are companies in Europe). Null when
 * no rule fits (short forms such as "apac").
 */
function regionAdjective(phrase: string): string | null {
  const m = /^(.*?)([a-z]+)$/.exec(phrase);
  const [, head = '', last = ''] = m ?? [];
  if (last.length < 4 || phrase.includes(' and ')) return null;
  if (last.endsWith('ia') || last.endsWith('ca')) return `${head}${last}n`;
  if (last.endsWith('pe')) return `${head}${last}an`;
  if (last.endsWith('east') || last.endsWith('west')) return `${head}${last}ern`;
  return null;
}

/**
 * The ways a region's phrase is typed besides itself: with "region" after it ("the dach region"), its compass word
 * written short ("se asia"), its adjective ("southeast asian companies").
 */
function regionForms(phrase: string): string[] {
  const forms = [phrase, `${phrase} region`];
  for (const [long, short] of COMPASS_SHORT) if (phrase.startsWith(long)) forms.push(short + phrase.slice(long.length));
  const adjective = regionAdjective(phrase);
  if (adjective) forms.push(adjective);
  return forms;
}

/** Every way a country of the gazetteer is named: a region's derived form never takes one of them over. */
const COUNTRY_ALIAS_KEYS: ReadonlySet<string> = new Set(
  COUNTRY_WORDS.flatMap((c) => [c.name.toLowerCase(), ...c.aliases]),
);

/** Regions that expand to several countries ("southeast asia", "apac", "the nordics"), by canonical country name. */
export const REGION_WORDS: readonly { phrase: string; countries: readonly string[] }[] = REGIONS.flatMap((r) => {
  const names = r.countries.flatMap((code) => COUNTRIES.filter((c) => c.code === code).map((c) => c.name));
  const phrases = new Set(r.phrases.flatMap(regionForms).filter((p) => !COUNTRY_ALIAS_KEYS.has(p)));
  return [...phrases].map((phrase) => ({ phrase, countries: names }));
});

/**
 * The demonyms of the gazetteer as typed before a noun ("japanese", "french"), lower case: an adjective of a people,
 * never the country's own name.
 */
export const ADJECTIVE_DEMONYMS: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => DEMONYMS[c.code] ?? []).map((x) => x.toLowerCase()),
);

/**
 * A demonym that is its own collective plural after "the" ("the Dutch", "the French", "the Swiss", "the Chinese"):
 * one ending in a hiss English never adds an -s to.
 */
function collectiveDemonym(demonym: string): string | null {
  return /(?:ch|sh|ss|ese)$/i.test(demonym) ? `the ${demonym}` : null;
}

/**
 * Words that name the people of a country by themselves ("Brits", "Americans", "Aussies", "Germans", "the Dutch"):
 * the plural of each demonym, a demonym after "the" that is its own plural, and a plural slang word whose singular
 * is slang of the same country ("brits" / "brit"). Such a word is a person's country ("Brits working at X" are
 * people in the United Kingdom), never a company's. Nouns of the people WordNet gives ("Danes", "Spaniards") are
 * added by `text/demonymNouns.ts`.
 */
export const PEOPLE_DEMONYMS: ReadonlySet<string> = new Set(
  COUNTRIES.flatMap((c) => {
    const slang = COUNTRY_SLANG[c.code] ?? [];
    const demonyms = DEMONYMS[c.code] ?? [];
    return [
      ...demonyms.map(demonymPlural).filter((d): d is string => d !== null),
      ...demonyms.map(collectiveDemonym).filter((d): d is string => d !== null),
      ...slang.filter((x) => x.endsWith('s') && slang.includes(x.slice(0, -1))),
    ].map((x) => x.toLowerCase());
  }),
);

/**
 * A country's ISO 3166-1 code as typed in a question ("firms in IND", "people in deu", "events in JP"), lower case.
 * Three letters are read like a name, except a code that is also a word, which the value index reads only in
 * capitals ("CAN", "PER"); two letters are read only in capitals right after a place word ("companies in JP"),
 * since so many of them are also the domain's abbreviations ("VC", "BD").
 */
export interface CountryCodeWord {
  code: string;
  name: string;
  letters: 2 | 3;
}

export const COUNTRY_CODE_WORDS: readonly CountryCodeWord[] = COUNTRIES.flatMap((c) => {
  const alpha3 = COUNTRY_ALPHA3[c.code];
  const two: CountryCodeWord = { code: c.code.toLowerCase(), name: c.name, letters: 2 };
  return alpha3 ? [{ code: alpha3.toLowerCase(), name: c.name, letters: 3 as const }, two] : [two];
});
