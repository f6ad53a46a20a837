import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryName } from './countries';
import { normalizeCountry } from './normalizeCountry';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';

describe('normalizeCountry', () => {
  it.each([
    ['US', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['U.S.A.', 'US'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['us', 'US'],
    ['GB', 'GB'],
    ['UK', 'GB'],
    ['U.K.', 'GB'],
    ['United Kingdom', 'GB'],
    ['England', 'GB'],
    ['Scotland', 'GB'],
    ['England, GB', 'GB'],
    ['England, United Kingdom', 'GB'],
    ['SG', 'SG'],
    ['Singapore', 'SG'],
    ['AE', 'AE'],
    ['UAE', 'AE'],
    ['United Arab Emirates', 'AE'],
    ['Hong Kong SAR', 'HK'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Czechia', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['Deutschland', 'DE'],
    ['Perú', 'PE'],
    ["Côte d'Ivoire", 'CI'],
    ['South Korea', 'KR'],
    ['Korea, Republic of', 'KR'],
    ['Viet Nam', 'VN'],
    ['Vietnam', 'VN'],
    ['Russia', 'RU'],
    // ISO codes win over US state codes; non-ISO state codes and state names mean the state's country
    ['CA', 'CA'],
    ['IN', 'IN'],
    ['DE', 'DE'],
    ['MI', 'US'],
    ['NY', 'US'],
    ['MD, US', 'US'],
    ['Maryland, USA', 'US'],
    ['California', 'US'],
    ['NSW', 'AU'],
    ['New South Wales', 'AU'],
    ['Ontario', 'CA'],
    ['Greater Aberdeen Area', 'GB'],
    ['Greater Reading Area', 'GB'],
    ['  Singapore ', 'SG'],
    ['\\u00c5land Islands', 'AX'],
  ])('%j -> %s', (raw, code) => {
    const c = normalizeCountry(raw);
    expect(c?.code).toBe(code);
    expect(c?.name).toBe(countryName(code));
  });

  it.each([
    [''],
    ['null'],
    ['Europe'],
    ['+1'],
    ['@siemens.com'],
    ['Surrey County Council'],
    ['Director Of Services'],
    ['Amazon'],
    ['XX'],
    [null],
    [undefined],
  ])('junk %j -> null', (raw) => {
    expect(normalizeCountry(raw)).toBeNull();
  });

  it('uses one canonical English name per code', () => {
    expect(normalizeCountry('USA')?.name).toBe('United States');
    expect(normalizeCountry('UK')?.name).toBe('United Kingdom');
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    expect(COUNTRIES.length).toBe(249);
  });
});

warnIfNoRealData('normalizeCountry');
describe.skipIf(!hasRealData)('normalizeCountry on the real person_country values', () => {
  it('reads every value that names a country, and only junk stays unknown', () => {
    const values = new Map<string, number>();
    for (const r of readRealCsv('people_info.csv')) {
      const v = col(r, 'person_country');
      values.set(v, (values.get(v) ?? 0) + 1);
    }
    const unknown = [...values].filter(([v]) => v.trim() !== '' && normalizeCountry(v) === null);
    console.info(
      `[derive] person_country: ${values.size} distinct values, ${unknown.length} unreadable (junk):`,
      unknown.map(([v, n]) => `${v} (${n})`).join('; '),
    );
    // every ISO-looking code is read; the unreadable values are junk (company names, e-mail fragments, regions)
    for (const [v] of unknown) expect(/^[A-Z]{2}$/.test(v.trim())).toBe(false);
    const unknownRows = unknown.reduce((n, [, c]) => n + c, 0);
    expect(unknownRows).toBeLessThan(50);
    // US / United States / USA / MD, US / MI are one country
    const us = [...values].filter(([v]) => normalizeCountry(v)?.code === 'US').map(([v]) => v);
    expect(us).toEqual(expect.arrayContaining(['US', 'United States']));
    const gbRows = [...values].filter(([v]) => normalizeCountry(v)?.code === 'GB').reduce((n, [, c]) => n + c, 0);
    expect(gbRows).toBeGreaterThan(400);
  });
});
