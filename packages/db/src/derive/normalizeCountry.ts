import { countryByCode, countryByName, type Country } from './countries';
import { CITIES } from './lexicon/cities';
import { AMBIGUOUS_SUBDIVISION_NAMES, SUBDIVISIONS } from './lexicon/subdivisions';
import { cleanText, lookupKey } from './text';

const SUBDIVISION_BY_CODE = new Map<string, string>();
const SUBDIVISION_BY_NAME = new Map<string, string>();
for (const s of SUBDIVISIONS) {
  // A code that is also an ISO country code ('CA', 'IN', 'DE') means the country; only the others
  // ('MI', 'NY', 'NSW', 'ON') are read as a subdivision. A code shared by two countries' subdivisions is dropped.
  if (!countryByCode(s.code)) {
    const prev = SUBDIVISION_BY_CODE.get(s.code);
    SUBDIVISION_BY_CODE.set(s.code, prev && prev !== s.country ? '' : s.country);
  }
  if (!AMBIGUOUS_SUBDIVISION_NAMES.includes(s.name)) SUBDIVISION_BY_NAME.set(lookupKey(s.name), s.country);
}
const CITY_BY_KEY = new Map<string, string>();
for (const c of CITIES) for (const n of [c.name, ...(c.aliases ?? [])]) CITY_BY_KEY.set(lookupKey(n), c.country);

/**
 * Normalises a free-text country value to its ISO code and canonical English name.
 *
 * Reads, in order: a country name or alias ('United States', 'USA', 'U.K.', 'Hong Kong SAR', 'Türkiye');
 * an ISO alpha-2 code ('US', 'gb'; also 'UK'); a US state / AU state / CA province name or a code that is
 * not also a country code ('MI', 'NSW', 'Maryland'); a comma list, whose LAST readable part wins
 * ('MD, US', 'England, GB', 'Maryland, USA'); a LinkedIn region ('Greater Aberdeen Area').
 * Anything else (company names, e-mail fragments, '+1', 'Europe', 'null') is junk and gives null.
 *
 * @example normalizeCountry('USA') // { code: 'US', name: 'United States' }
 * @example normalizeCountry('MD, US') // { code: 'US', name: 'United States' }
 * @example normalizeCountry('Surrey County Council') // null
 */
export function normalizeCountry(raw: string | null | undefined): Country | null {
  const text = cleanText(raw);
  if (text === null) return null;
  const direct = readOne(text);
  if (direct) return direct;
  if (text.includes(',')) {
    const parts = text
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    for (let i = parts.length - 1; i >= 0; i--) {
      const part = parts[i];
      if (part === undefined) continue;
      const c = readOne(part);
      if (c) return c;
    }
  }
  return null;
}

function readOne(text: string): Country | null {
  const byName = countryByName(text);
  if (byName) return byName;
  if (/^[A-Za-z]{2}$/.test(text)) {
    const byCode = countryByCode(text);
    if (byCode) return byCode;
  }
  if (/^[A-Z]{2,3}$/.test(text)) {
    const sub = SUBDIVISION_BY_CODE.get(text);
    if (sub) return countryByCode(sub);
  }
  const key = lookupKey(text);
  const subByName = SUBDIVISION_BY_NAME.get(key);
  if (subByName) return countryByCode(subByName);
  const area = /^greater (.+?)(?: metropolitan| metro)? area$/.exec(key) ?? /^(.+?) metropolitan area$/.exec(key);
  if (area?.[1]) {
    const city = CITY_BY_KEY.get(area[1]);
    if (city) return countryByCode(city);
  }
  return null;
}
