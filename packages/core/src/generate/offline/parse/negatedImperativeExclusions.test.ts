import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, interpretationOf, realFixture } from '../testkit';

warnIfNoRealData('a negated imperative of including is an exclusion');

/** "don't include the sponsors, who else is at X": the companies at X minus its sponsors (real data). */
describe.runIf(hasRealData)('exclusions said as a negated imperative (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 120_000);
  afterAll(() => f?.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each([
    [
      "don't include exhibitors, who else is at osea 2024",
      /excluding companies that are exhibitors of events named OSEA 2024/,
    ],
    [
      'dont count the sponsors, which companies are at ctw apac',
      /excluding companies that are sponsors of events named Commodity/,
    ],
    [
      'which companies are at osea 2024? do not include partners',
      /excluding companies that are partners of events named OSEA 2024/,
    ],
    [
      "who takes part in seamless asia, don't consider speakers",
      /excluding companies that are speakers of events named Seamless/,
    ],
    [
      'list the companies at osea 2024, do not count exhibitors',
      /excluding companies that are exhibitors of events named OSEA 2024/,
    ],
  ])('%s', (q, reading) => {
    const got = read(q);
    expect(got).toMatch(reading);
    expect(got).not.toMatch(/without sponsors|without exhibitors|without partners/);
  });
});
