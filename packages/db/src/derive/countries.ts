/**
 * Country look-ups over the ISO table (lexicon/countries.ts): code -> canonical English name, and any
 * spelling -> code. The tables are built once at module load.
 */
import { COUNTRY_ALIASES, NON_ISO_COUNTRY_CODES } from './lexicon/countryAliases';
import { COUNTRIES, type CountryEntry } from './lexicon/countries';
import { lookupKey } from './text';

export type { CountryEntry } from './lexicon/countries';
export { COUNTRIES } from './lexicon/countries';

export interface Country {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly code: string;
  /** The one canonical English name stored in `country` columns. */
  readonly name: string;
}

const BY_CODE = new Map<string, CountryEntry>(COUNTRIES.map((c) => [c.code, c]));

const BY_NAME_KEY = new Map<string, string>();
for (const c of COUNTRIES) {
  for (const n of [c.name, ...c.aliases]) BY_NAME_KEY.set(lookupKey(n), c.code);
}
for (const [code, aliases] of Object.entries(COUNTRY_ALIASES)) {
  if (!BY_CODE.has(code)) throw new Error(`countryAliases: unknown ISO code ${code}`);
  for (const a of aliases) BY_NAME_KEY.set(lookupKey(a), code);
}

/** Canonical English name of an ISO alpha-2 code ('us' or 'US' -> 'United States'); null when not an ISO code. */
export function countryName(code: string): string | null {
  return BY_CODE.get(code.trim().toUpperCase())?.name ?? null;
}

/** The country for an ISO alpha-2 code (also 'UK'); null when not a code. Case-insensitive. */
export function countryByCode(code: string): Country | null {
  const up = code.trim().toUpperCase();
  const iso = NON_ISO_COUNTRY_CODES[up] ?? up;
  const e = BY_CODE.get(iso);
  return e ? { code: e.code, name: e.name } : null;
}

/** The country for a full name or alias ('USA', 'Hong Kong SAR', 'Deutschland'); null when unknown. Not codes. */
export function countryByName(name: string): Country | null {
  const code = BY_NAME_KEY.get(lookupKey(name));
  return code ? countryByCode(code) : null;
}
