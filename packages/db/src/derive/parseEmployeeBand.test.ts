import { describe, expect, it } from 'vitest';
import { parseEmployeeBand } from './parseEmployeeBand';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';

describe('parseEmployeeBand', () => {
  it.each([
    ['11-50', 11, 50],
    ['2-10', 2, 10],
    ['0-1', 0, 1],
    ['0-1 employees', 0, 1],
    ['51-200', 51, 200],
    ['1,001-5,000 employees', 1001, 5000],
    ['5,001-10,000', 5001, 10000],
    ['501-1000', 501, 1000],
    ['10,001+', 10001, null],
    ['10001+', 10001, null],
    ['10,001+ employees', 10001, null],
    ['3.0', 3, 3],
    ['286753.0', 286753, 286753],
    ['250', 250, 250],
    [' 13.0 ', 13, 13],
    ['1,200', 1200, 1200],
  ])('%j -> [%s, %s]', (raw, min, max) => {
    expect(parseEmployeeBand(raw)).toEqual({ min, max });
  });

  it.each([[''], [null], ['null'], ['lots'], ['50-11'], ['3.5'], ['-5'], ['1,5']])('junk %j -> null', (raw) => {
    expect(parseEmployeeBand(raw)).toBeNull();
  });
});

warnIfNoRealData('parseEmployeeBand');
describe.skipIf(!hasRealData)('parseEmployeeBand on the real n_employees values', () => {
  it('parses every non-empty value, with min <= max', () => {
    const values = new Set(
      readRealCsv('company_info.csv')
        .map((r) => col(r, 'n_employees'))
        .filter((v) => v.trim() !== ''),
    );
    const unparsed = [...values].filter((v) => parseEmployeeBand(v) === null);
    if (unparsed.length) console.warn('[derive] unparsed n_employees values:', unparsed);
    expect(unparsed).toEqual([]);
    for (const v of values) {
      const b = parseEmployeeBand(v);
      if (b?.min != null && b.max != null) expect(b.min).toBeLessThanOrEqual(b.max);
    }
  });
});
