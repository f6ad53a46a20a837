import { COUNTRIES } from './lexicon/countries';
import { COUNTRY_ALIASES } from './lexicon/countryAliases';
import { CITIES } from './lexicon/cities';
import { AMBIGUOUS_SUBDIVISION_NAMES, SUBDIVISIONS } from './lexicon/subdivisions';
import { TEXT_UNSAFE_COUNTRY_NAMES } from './lexicon/textPlaceExclusions';
import { TEXT_UNSAFE_VENUE_ALIASES, VENUES, type VenueEntry } from './lexicon/venues';
import { decodeUnicodeEscapes, foldAccents } from './text';

/** A place named in a piece of text. */
export interface PlaceMention {
  readonly kind: 'venue' | 'city' | 'subdivision' | 'country';
  /** ISO alpha-2 country of the place. */
  readonly countryCode: string;
  /** City of a venue or city mention; null for countries and subdivisions. */
  readonly city: string | null;
  readonly venue: VenueEntry | null;
  /** The matched words as written, and the index of the first one among the text's words. */
  readonly text: string;
  readonly index: number;
}

interface Place {
  readonly kind: PlaceMention['kind'];
  readonly countryCode: string;
  readonly city: string | null;
  readonly venue: VenueEntry | null;
  /** Usable in running text (not only in a field that holds a place). */
  readonly inText: boolean;
}

interface Token {
  readonly word: string; // lower-case key form
  readonly orig: string; // as written (accents folded)
  readonly start: number; // offset in the folded text
}

/** Words of a text: escapes decoded, accents folded, '&' read as 'and', split on anything but letters and digits. */
export function placeTokens(raw: string): Token[] {
  const text = foldAccents(decodeUnicodeEscapes(raw)).replace(/&/g, ' and ');
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu))
    out.push({ word: m[0].toLowerCase(), orig: m[0], start: m.index ?? 0 });
  return out;
}

/** The lookup key of a phrase: its words joined by one space. */
export function placeKey(raw: string): string {
  return placeTokens(raw)
    .map((t) => t.word)
    .join(' ');
}

const KIND_RANK: Readonly<Record<Place['kind'], number>> = { venue: 0, city: 1, country: 2, subdivision: 3 };
const unsafeCountries = new Set(TEXT_UNSAFE_COUNTRY_NAMES.map(placeKey));
const unsafeVenues = new Set(TEXT_UNSAFE_VENUE_ALIASES.map(placeKey));

function buildIndex(): { byKey: Map<string, Place[]>; maxWords: number } {
  const byKey = new Map<string, Place[]>();
  let maxWords = 1;
  const add = (phrase: string, p: Place): void => {
    const key = placeKey(phrase);
    if (key.length < 2) return;
    maxWords = Math.max(maxWords, key.split(' ').length);
    const list = byKey.get(key) ?? [];
    list.push(p);
    list.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
    byKey.set(key, list);
  };
  for (const v of VENUES) {
    for (const a of new Set([v.name, ...v.aliases]))
      add(a, { kind: 'venue', countryCode: v.country, city: v.city, venue: v, inText: !unsafeVenues.has(placeKey(a)) });
  }
  for (const c of CITIES) {
    for (const n of [c.name, ...(c.aliases ?? [])])
      add(n, {
        kind: 'city',
        countryCode: c.country,
        city: c.name,
        venue: null,
        inText: c.textMatch !== false && n.length > 2,
      });
  }
  for (const s of SUBDIVISIONS) {
    // 'Georgia' (also a country), 'Victoria' (a city and venue name in many countries) are never read as states.
    if (AMBIGUOUS_SUBDIVISION_NAMES.includes(s.name)) continue;
    add(s.name, {
      kind: 'subdivision',
      countryCode: s.country,
      city: null,
      venue: null,
      inText: s.name !== 'Washington',
    });
  }
  for (const c of COUNTRIES) {
    for (const n of new Set([c.name, ...c.aliases, ...(COUNTRY_ALIASES[c.code] ?? [])])) {
      add(n, {
        kind: 'country',
        countryCode: c.code,
        city: null,
        venue: null,
        inText: !unsafeCountries.has(placeKey(n)),
      });
    }
  }
  return { byKey, maxWords };
}

const { byKey: PLACES, maxWords: MAX_WORDS } = buildIndex();

/**
 * Finds venues, cities, subdivisions and countries named in a text, scanning its words left to right
 * and taking the longest known name at each word ('New Jersey' before 'Jersey', 'Marina Bay Sands Expo'
 * before 'Marina Bay Sands'). `mode: 'field'` is for a field that holds a place (a venue, a location):
 * every spelling counts, in any case. `mode: 'text'` is for running text (names, descriptions): names
 * that are also ordinary words are skipped, and a city or country must be written with a capital.
 *
 * @example findPlaces('Sands Expo & Convention Centre, Singapore', 'field').map((m) => m.kind) // ['venue', 'city']
 */
export function findPlaces(raw: string | null | undefined, mode: 'field' | 'text'): PlaceMention[] {
  if (!raw) return [];
  const tokens = placeTokens(raw);
  const found: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let taken = 0;
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1 && taken === 0; n--) {
      const words = tokens.slice(i, i + n);
      const places = PLACES.get(words.map((t) => t.word).join(' '));
      if (!places) continue;
      const first = words[0]?.orig ?? '';
      const capital = first.charAt(0) !== first.charAt(0).toLowerCase();
      const place = places.find((p) => mode === 'field' || (p.inText && (p.kind === 'venue' || capital)));
      if (!place) continue;
      found.push({
        kind: place.kind,
        countryCode: place.countryCode,
        city: place.city,
        venue: place.venue,
        text: words.map((t) => t.orig).join(' '),
        index: i,
      });
      taken = n;
    }
    i += taken || 1;
  }
  return found;
}

/** The place a whole string names exactly ('singapore', 'Dubai'), or null; venues first, then cities, countries, subdivisions. */
export function placeNamed(raw: string): PlaceMention | null {
  const places = PLACES.get(placeKey(raw));
  const p = places?.[0];
  return p ? { kind: p.kind, countryCode: p.countryCode, city: p.city, venue: p.venue, text: raw, index: 0 } : null;
}

/** The gazetteer venue named in a venue field, if any ('Level B2, Marina Bay Sands' -> Marina Bay Sands). */
export function matchVenue(venue: string | null | undefined): VenueEntry | null {
  return findPlaces(venue, 'field').find((m) => m.kind === 'venue')?.venue ?? null;
}
