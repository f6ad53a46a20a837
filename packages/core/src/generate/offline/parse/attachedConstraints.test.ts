import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, interpretationOf, realFixture } from '../testkit';

warnIfNoRealData('a constraint attached to the entity the sentence attaches it to');

/**
 * A filter after a named event's participants belongs to the participants, as the sentence says: their industry,
 * not the event's theme, nor another event whose name shares the words (real data: the industries and the event
 * "FHA-Food & Beverage" are the data's own).
 */
describe.runIf(hasRealData)('a constraint on the entity the sentence attaches it to (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 120_000);
  afterAll(() => f?.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each([
    // an industry name of the data, read whole ("financial" is no job function here, "services" no leftover)
    [
      'Traders Fair Singapore partners in financial services',
      /^companies in the Financial Services .*industry, that are partners/,
    ],
    // "IT" is the data's own word and the acronym of "Information Technology", which the data also spells out
    [
      'OSEA 2024 sponsors in IT services',
      /^companies in the IT Services and IT Consulting \/ Information Technology & Services \/ Information Technology and Services industry, that are sponsors/,
    ],
    ['partners in computer and network security', /^companies in the Computer and Network Security industry/],
    // "in food and beverage" after companies: their industry, not the event named "FHA-Food & Beverage"
    [
      'AHICE South East Asia partners in food and beverage',
      /^companies in the "food and beverage" industry, that are partners of events named AHICE/,
    ],
    // "that are" agrees with the plural sponsors, not with the one event named before it
    [
      'sponsors at OSEA 2024 that are in aviation',
      /^companies in the .*Aviation.* industry, that are sponsors of events named OSEA 2024$/,
    ],
  ])('%s', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  it('a job function phrase before people keeps its reading', () => {
    expect(read('sales and marketing people at companies in financial services')).toMatch(
      /^people whose job functions include Sales or Marketing/,
    );
  });
});
