import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, interpretationOf, realFixture } from '../../testkit';

warnIfNoRealData('a country code before a headquarters noun is the companies country');

/** "<code> hq" after a noun of companies: where they are headquartered, "us" included (real data). */
describe.runIf(hasRealData)('a code before "hq" (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 120_000);
  afterAll(() => f?.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each([
    [
      'osea 2024 exhibitors us hq',
      /^companies in United States \(headquarters\), that are exhibitors of events named OSEA 2024/,
    ],
    ['ctw apac sponsors us headquarters', /^companies in United States \(headquarters\), that are sponsors/],
    ['seamless asia partners uk hq', /^companies in United Kingdom \(headquarters\), that are partners/],
    ['ctw apac exhibitors gb hq', /^companies in United Kingdom \(headquarters\), that are exhibitors/],
    ['companies us hq at ctw apac', /^companies in United States \(headquarters\)/],
  ])('%s', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  it('"us" as the object of a verb stays the speaker', () => {
    expect(read('give us hq addresses of osea 2024 sponsors')).not.toMatch(/United States/);
  });
});
