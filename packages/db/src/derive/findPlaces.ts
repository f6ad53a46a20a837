import { COUNTRIES } from './lexicon/countries';
import { COUNTRY_ALIASES } from './lexicon/countryAliases';
import { CITIES } from './lexicon/cities';
import { SUBDIVISIONS } from './lexicon/subdivisions';
import { TEXT_UNSAFE_COUNTRY_NAMES } from './lexicon/textPlaceExclusions';
import { TEXT_UNSAFE_VENUE_ALIASES, VENUES, type VenueEntry } from './lexicon/venues';
import { decodeUnicodeEscapes, escapeRegExp, foldAccents } from './text';

/** A place named in a piece of text. */
export interface PlaceMention {
  readonly kind: 'venue' | 'city' | 'subdivision' | 'country';
  /** ISO alpha-2 country of the place. */
  readonly countryCode: string;
  /** City of a venue or city mention; null for countries and subdivisions. */
  readonly city: string | null;
  readonly venue: VenueEntry | null;
  /** The matched text and where it starts in the normalised text. */
  readonly text: string;
  readonly index: number;
}

interface Phrase {
  readonly phrase: string;
  readonly re: RegExp;
  readonly kind: PlaceMention['kind'];
  readonly countryCode: string;
  readonly city: string | null;
  readonly venue: VenueEntry | null;
  /** Usable in running text (not only in a place field). */
  readonly inText: boolean;
}

/** Accents folded, escapes decoded, '&' as 'and', one space between words; case kept. */
export function normalisePlaceText(raw: string): string {
  return foldAccents(decodeUnicodeEscapes(raw)).replace(/&/g, ' and ').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
}

function phraseRe(p: string): RegExp {
  const body = escapeRegExp(normalisePlaceText(p)).replace(/\\\s|\s+/g, '[\\s,.-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

const unsafeCountries = new Set(TEXT_UNSAFE_COUNTRY_NAMES.map((n) => normalisePlaceText(n).toLowerCase()));
const unsafeVenues = new Set(TEXT_UNSAFE_VENUE_ALIASES.map((n) => normalisePlaceText(n).toLowerCase()));

function buildPhrases(): Phrase[] {
  const out: Phrase[] = [];
  const add = (phrase: string, p: Omit<Phrase, 'phrase' | 're'>): void => {
    if (phrase.trim().length < 2) return;
    out.push({ phrase, re: phraseRe(phrase), ...p });
  };
  for (const v of VENUES) {
    for (const a of new Set([v.name, ...v.aliases])) {
      add(a, { kind: 'venue', countryCode: v.country, city: v.city, venue: v, inText: !unsafeVenues.has(normalisePlaceText(a).toLowerCase()) });
    }
  }
  for (const c of CITIES) {
    for (const n of [c.name, ...(c.aliases ?? [])]) {
      add(n, { kind: 'city', countryCode: c.country, city: c.name, venue: null, inText: c.textMatch !== false && n.length > 2 });
    }
  }
  for (const s of SUBDIVISIONS) {
    add(s.name, { kind: 'subdivision', countryCode: s.country, city: null, venue: null, inText: s.name !== 'Georgia' && s.name !== 'Victoria' && s.name !== 'Washington' });
  }
  for (const c of COUNTRIES) {
    for (const n of new Set([c.name, ...c.aliases, ...(COUNTRY_ALIASES[c.code] ?? [])])) {
      const safe = !unsafeCountries.has(normalisePlaceText(n).toLowerCase());
      add(n, { kind: 'country', countryCode: c.code, city: null, venue: null, inText: safe });
    }
  }
  // Longest phrases first, so 'New Jersey' is read before 'Jersey' and 'Sands Expo' before 'Singapore'.
  return out.sort((a, b) => b.phrase.length - a.phrase.length);
}

const PHRASES = buildPhrases();

/**
 * Finds venues, cities, subdivisions and countries named in a text. `mode: 'field'` is for a field that
 * holds a place (a venue, a location): every spelling counts, in any case. `mode: 'text'` is for running
 * text (names, descriptions): spellings that are also ordinary words are skipped, and a mention must
 * start with a capital letter. Longer names win over names inside them; mentions do not overlap.
 *
 * @example findPlaces('Sands Expo & Convention Centre, Singapore', 'field')[0]?.kind // 'venue'
 */
export function findPlaces(raw: string | null | undefined, mode: 'field' | 'text'): PlaceMention[] {
  if (!raw) return [];
  let text = normalisePlaceText(raw);
  const found: PlaceMention[] = [];
  for (const p of PHRASES) {
    if (mode === 'text' && !p.inText) continue;
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(text)) !== null) {
      const first = m[0].charAt(0);
      if (mode === 'text' && p.kind !== 'venue' && first !== first.toUpperCase()) continue;
      found.push({ kind: p.kind, countryCode: p.countryCode, city: p.city, venue: p.venue, text: m[0], index: m.index });
      // Mask the span so shorter names inside it are not read again.
      text = text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);
      p.re.lastIndex = m.index + m[0].length;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The gazetteer venue named in a venue field, if any ('Level B2, Marina Bay Sands' -> Marina Bay Sands). */
export function matchVenue(venue: string | null | undefined): VenueEntry | null {
  return findPlaces(venue, 'field').find((m) => m.kind === 'venue')?.venue ?? null;
}
