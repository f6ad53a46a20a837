import { countryByCode } from './countries';
import { SUBDIVISIONS } from './lexicon/subdivisions';
import { cleanText, lookupKey } from './text';

export interface CompanyAddress {
  readonly city: string | null;
  readonly state: string | null;
  /** ISO alpha-2 from the trailing ', XX' of the address; null when there is none or it is not an ISO code. */
  readonly countryCode: string | null;
  /** Canonical English name of countryCode. */
  readonly country: string | null;
}

const EMPTY: CompanyAddress = { city: null, state: null, countryCode: null, country: null };
/** Countries whose only city is the country itself. */
const CITY_STATES: Readonly<Record<string, string>> = { SG: 'Singapore', HK: 'Hong Kong', MO: 'Macao', MC: 'Monaco' };
/**
 * A trailing postal code: a token holding a digit, optionally followed by a second one or by two letters
 * ('07962', '68102-2002', 'CH-8001', 'M5H 2G4', 'SE1 9EQ', 'D03 H704', Dutch '1016 ED').
 */
const POSTAL_RE = /\s+[A-Z0-9-]*\d[A-Z0-9-]*(?:\s+[A-Z0-9-]*\d[A-Z0-9-]*|\s+[A-Z]{2})?$/i;
const SUBDIVISION_NAMES = new Set(SUBDIVISIONS.map((s) => lookupKey(s.name)));

/**
 * Parses a company address of the form 'street, city, state postal, CC' (the enrichment format of
 * `company_address`). The country comes ONLY from the trailing ', XX' ISO code (unknown stays unknown);
 * city and state come from the two segments before it when they look like place names.
 *
 * @example parseCompanyAddress('1901 Broadway, Oakland, California 94612, US')
 * // { city: 'Oakland', state: 'California', countryCode: 'US', country: 'United States' }
 * @example parseCompanyAddress('28 Tai Seng St L 5, Singapore 534106, SG')
 * // { city: 'Singapore', state: null, countryCode: 'SG', country: 'Singapore' }
 */
export function parseCompanyAddress(address: string | null | undefined): CompanyAddress {
  const text = cleanText(address);
  if (text === null) return EMPTY;
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const last = parts[parts.length - 1];
  const m = last === undefined ? null : /^([A-Za-z]{2})$/.exec(last);
  if (!m?.[1] || parts.length < 2) return EMPTY;
  const country = countryByCode(m[1].toUpperCase());
  if (!country) return EMPTY;
  const rest = parts.slice(0, -1);
  const regionRaw = rest[rest.length - 1] ?? '';
  const region = placeName(regionRaw.replace(POSTAL_RE, ''));
  const before = rest.length >= 2 ? placeName(rest[rest.length - 2] ?? '') : null;

  let city: string | null = null;
  let state: string | null = null;
  if (rest.length >= 3) {
    // 'street, city, state [postal]'
    city = before;
    state = region;
  } else if (region !== null) {
    // 'street, city [postal]' or 'city, state' (only for a known state / province name)
    if (SUBDIVISION_NAMES.has(lookupKey(region))) {
      state = region;
      city = before;
    } else city = region;
  }
  const cityState = CITY_STATES[country.code];
  if (cityState) {
    // The region segment of a city-state is a district ('Central Singapore'), never a city.
    const district = state !== null && state !== cityState ? state : null;
    return { city: cityState, state: district, countryCode: country.code, country: country.name };
  }
  return { city, state, countryCode: country.code, country: country.name };
}

/** A segment that reads as a place name (letters, no digits or '#'), or null. */
function placeName(s: string): string | null {
  const t = s.trim();
  if (t === '' || /[\d#]/.test(t)) return null;
  return t;
}
