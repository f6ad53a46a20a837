import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from './countries';
import { COUNTRY_ALPHA3 } from './countryAlpha3';

/** Debian's iso-codes table, the source the module is generated from (absent on machines without iso-codes). */
const DEBIAN_TABLE = '/usr/share/iso-codes/json/iso_3166-1.json';

describe('COUNTRY_ALPHA3', () => {
  it('has a three-letter code for every country of the gazetteer', () => {
    for (const c of COUNTRIES) expect(COUNTRY_ALPHA3[c.code], c.code).toMatch(/^[A-Z]{3}$/);
  });

  it('gives each country its own code', () => {
    const codes = Object.values(COUNTRY_ALPHA3);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.skipIf(!existsSync(DEBIAN_TABLE))('matches the ISO table it was generated from', () => {
    const rows = (
      JSON.parse(readFileSync(DEBIAN_TABLE, 'utf8')) as { '3166-1': { alpha_2: string; alpha_3: string }[] }
    )['3166-1'];
    expect(COUNTRY_ALPHA3).toEqual(Object.fromEntries(rows.map((r) => [r.alpha_2, r.alpha_3])));
  });
});
