import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, interpretationOf, realFixture } from '../testkit';

warnIfNoRealData('an approval after a list of fields is politeness');

/**
 * "just the names and websites is fine": the fields listed are the columns accepted (shown), the approval around them
 * names nothing ("fine" is no price) (real data).
 */
describe.runIf(hasRealData)('fields accepted with an approval (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 120_000);
  afterAll(() => f?.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each([
    [
      'sponsors of osea 2024? just the names and websites is fine',
      /^companies that are sponsors of events named OSEA 2024; showing website$/,
    ],
    ['events in october, names and venues would be great', /^events starting 2024-10-01\.\.2024-10-31; showing venue/],
    [
      'osea 2024 exhibitors - names and industries works',
      /^companies that are exhibitors of events named OSEA 2024; showing industr/,
    ],
    [
      'which companies partner with seamless asia? name plus website is ok',
      /^companies that are partners of events named Seamless.*; showing website$/,
    ],
    ['events next month? only names or dates is fine', /^events starting 2024-07-15\.\.2024-08-15; showing dates$/],
  ])('%s', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  it('a word no field holds still refuses or asks', () => {
    expect(f.ask('events in october? names and prices is fine').kind).not.toBe('sql');
  });
});
