import { describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';
import { splitIndustries } from './splitIndustries';

describe('splitIndustries', () => {
  it.each([
    ['Software Development', ['Software Development']],
    ['Technology, Information and Internet', ['Technology, Information and Internet']],
    [
      'Appliances, Electrical, and Electronics Manufacturing',
      ['Appliances, Electrical, and Electronics Manufacturing'],
    ],
    ['Software,  Software Development,  Ad Network', ['Software', 'Software Development', 'Ad Network']],
    [
      'Software,  Technology, Information and Internet,  Ads',
      ['Software', 'Technology, Information and Internet', 'Ads'],
    ],
    ['Software,  Software,  Ads', ['Software', 'Ads']],
    ['', []],
    [null, []],
  ])('%j', (raw, want) => {
    expect(splitIndustries(raw)).toEqual(want);
  });
});

warnIfNoRealData('splitIndustries');
describe.skipIf(!hasRealData)('splitIndustries on the real company_industry values', () => {
  it('never splits a single-space comma and never keeps a double-space separator', () => {
    for (const r of readRealCsv('company_info.csv')) {
      const raw = col(r, 'company_industry');
      const items = splitIndustries(raw);
      if (raw.trim() === '') expect(items).toEqual([]);
      for (const item of items) expect(item).not.toMatch(/,\s{2}/);
      if (!/,\s{2}/.test(raw) && raw.trim() !== '') expect(items).toEqual([raw.trim()]);
    }
  });
});
