import { describe, expect, it } from 'vitest';
import { parseRevenueUsd } from './parseRevenueUsd';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';

describe('parseRevenueUsd', () => {
  it.each([
    ['$2 million', 2e6],
    ['$1.1 billion', 1.1e9],
    ['$185000', 185000],
    ['$256.7 billion', 256.7e9],
    ['$7.3 million', 7.3e6],
    ['$1,200,000', 1.2e6],
    ['$3.5M', 3.5e6],
    ['$2B', 2e9],
    ['USD 4 bn', 4e9],
    ['$950K', 950000],
    ['12 million', 12e6],
    ['$1 trillion', 1e12],
  ])('%j -> %d', (raw, want) => {
    expect(parseRevenueUsd(raw)).toBe(want);
  });

  it.each([[''], [null], ['unknown'], ['€2 million'], ['$2-5 million'], ['$2 gazillion']])('junk %j -> null', (raw) => {
    expect(parseRevenueUsd(raw)).toBeNull();
  });
});

warnIfNoRealData('parseRevenueUsd');
describe.skipIf(!hasRealData)('parseRevenueUsd on the real company_revenue values', () => {
  it('parses every non-empty value to a non-negative number', () => {
    const values = new Set(
      readRealCsv('company_info.csv')
        .map((r) => col(r, 'company_revenue'))
        .filter((v) => v.trim() !== ''),
    );
    const unparsed = [...values].filter((v) => parseRevenueUsd(v) === null);
    if (unparsed.length) console.warn('[derive] unparsed company_revenue values:', unparsed);
    expect(unparsed).toEqual([]);
    for (const v of values) expect(parseRevenueUsd(v)).toBeGreaterThanOrEqual(0);
    // the scale word decides the magnitude
    for (const v of values) {
      const n = parseRevenueUsd(v) ?? 0;
      if (/billion/.test(v)) expect(n).toBeGreaterThanOrEqual(1e9);
      else if (/million/.test(v)) expect(n).toBeLessThan(1e9);
    }
  });
});
