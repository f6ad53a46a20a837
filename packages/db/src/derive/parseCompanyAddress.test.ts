import { describe, expect, it } from 'vitest';
import { parseCompanyAddress } from './parseCompanyAddress';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';

describe('parseCompanyAddress', () => {
  it.each([
    ['1901 Broadway, Oakland, California 94612, US', 'Oakland', 'California', 'US', 'United States'],
    ['111 Richmond St. W., Suite 700, Toronto, Ontario M5H 2G4, CA', 'Toronto', 'Ontario', 'CA', 'Canada'],
    ['30 Park Street, London, England SE1 9EQ, GB', 'London', 'England', 'GB', 'United Kingdom'],
    ['28 Tai Seng St L 5, Singapore 534106, SG', 'Singapore', null, 'SG', 'Singapore'],
    [
      '2 Shenton Way 02-02 Centre 1, Singapore, Central Singapore, SG',
      'Singapore',
      'Central Singapore',
      'SG',
      'Singapore',
    ],
    ['1 Fusionopolis Way #20-10, Connexis North Tower 138632, SG', 'Singapore', null, 'SG', 'Singapore'],
    ['PO Box 13, Olofstroem, Blekinge, SE', 'Olofstroem', 'Blekinge', 'SE', 'Sweden'],
    ["50 O'connell St L 1, New South Wales 2150, AU", null, 'New South Wales', 'AU', 'Australia'],
    ['Block U East Point Business Park, Dublin D03 H704, IE', 'Dublin', null, 'IE', 'Ireland'],
    ['1700 Farnam St 1260, Omaha, Nebraska 68102-2002, US', 'Omaha', 'Nebraska', 'US', 'United States'],
    ['Across Police Hospital, Alexandria, EG', 'Alexandria', null, 'EG', 'Egypt'],
    ['32 Baerengasse, Zurich, Zurich CH-8001, CH', 'Zurich', 'Zurich', 'CH', 'Switzerland'],
    ['Keizersgracht 281, Amsterdam, North Holland 1016 ED, NL', 'Amsterdam', 'North Holland', 'NL', 'Netherlands'],
    [
      'Chulia Street #27-04, Singapore, North East Community Development Council 049513, SG',
      'Singapore',
      'North East Community Development Council',
      'SG',
      'Singapore',
    ],
    ['9004 Tampines St 93 03-124, Singapore, Singapore 528838, SG', 'Singapore', null, 'SG', 'Singapore'],
  ])('%j', (address, city, state, countryCode, country) => {
    expect(parseCompanyAddress(address)).toEqual({ city, state, countryCode, country });
  });

  it.each([[''], [null], ['Somewhere without a code'], ['12 Main St, Springfield, ZZ'], ['Singapore']])(
    'unknown country stays unknown: %j',
    (a) => {
      expect(parseCompanyAddress(a).countryCode).toBeNull();
    },
  );
});

warnIfNoRealData('parseCompanyAddress');
describe.skipIf(!hasRealData)('parseCompanyAddress on the real company addresses', () => {
  it('takes the country from the trailing ISO code of every address', () => {
    const addresses = new Set(
      readRealCsv('company_info.csv')
        .map((r) => col(r, 'company_address'))
        .filter((a) => a.trim() !== ''),
    );
    let sg = 0;
    for (const a of addresses) {
      const code = /,\s*([A-Z]{2})\s*$/.exec(a)?.[1];
      const parsed = parseCompanyAddress(a);
      expect(parsed.countryCode, a).toBe(code ?? null);
      if (parsed.countryCode === 'SG') {
        sg++;
        expect(parsed.city).toBe('Singapore');
      }
      if (parsed.city !== null) expect(parsed.city, a).not.toMatch(/\d/);
    }
    expect(sg).toBeGreaterThan(10);
    const withCity = [...addresses].filter((a) => parseCompanyAddress(a).city !== null).length;
    expect(withCity / addresses.size).toBeGreaterThan(0.95);
  });
});
