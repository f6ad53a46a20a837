import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture, interpretationOf } from '../testkit';
import { tokenize } from '../text/tokenize';
import { verbAsksOne } from './askedNumber';

describe('the number a ranking question asks for, from its verb', () => {
  it.each([
    ['which of the events in Singapore has the most sponsors', true],
    ['who has the highest revenue among the sponsors', true],
    ['which of them have the most employees', false],
    ['which events are the longest', false],
    ['the biggest sponsors', null],
  ] as const)('%s -> %s', (q, one) => {
    expect(verbAsksOne(tokenize(q))).toBe(one);
  });
});

/** A superlative over a group the question names first or beside it: the group is kept, one row when one is asked. */
describe('superlatives over a filtered group (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());
  const read = (...qs: string[]): string => {
    return interpretationOf(f, ...qs);
  };

  it.each([
    ['which of the events in Singapore has the most sponsors', /^events in Singapore, .*most first, top 1 with ties/],
    ['which of the events in Singapore have the most sponsors', /^events in Singapore, .*top 10 with ties/],
    [
      'among the German companies, which has the most employees?',
      /^companies in Germany .*ranked by size \(desc, top 1/,
    ],
    ['of the sponsors of any event, which has the most employees?', /^companies that are sponsors .*top 1 with ties/],
    ['Of the events with partners, which has the fewest partners?', /^events with partners.*fewest first, top 1 with/],
    ['out of the events that have exhibitors, which one has the most exhibitors', /^events with exhibitors.*top 1/],
  ])('%s', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  it('a follow-up with a slang pronoun and a new filter narrows the previous result ("which of em ...")', () => {
    expect(read('Which companies sponsor events?', 'which of em are in Germany')).toMatch(
      /^companies in Germany \(headquarters\), that are sponsors of events$/,
    );
  });

  it('a follow-up "which of those has the most ..." keeps the previous filter and asks for one', () => {
    expect(read('Which events are in Singapore?', 'which of those has the most sponsors')).toMatch(
      /^events in Singapore, ranked by number of sponsors \(most first, top 1 with ties\)/,
    );
  });
});
