import { describe, expect, it } from 'vitest';
import { parseFoundedYear } from './parseFoundedYear';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';

describe('parseFoundedYear', () => {
  it.each([
    ['2001', 2001],
    ['1999.0', 1999],
    [' 1850 ', 1850],
    ['', null],
    [null, null],
    ['20XX', null],
    ['99', null],
    ['3024', null],
  ])('%j -> %j', (raw, want) => {
    expect(parseFoundedYear(raw)).toBe(want);
  });
});

warnIfNoRealData('parseFoundedYear');
describe.skipIf(!hasRealData)('parseFoundedYear on the real company_founding_year values', () => {
  it('reads every non-empty value', () => {
    const values = new Set(
      readRealCsv('company_info.csv')
        .map((r) => col(r, 'company_founding_year'))
        .filter((v) => v.trim() !== ''),
    );
    expect([...values].filter((v) => parseFoundedYear(v) === null)).toEqual([]);
  });
});
