import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, interpretationOf, realFixture } from '../../testkit';

warnIfNoRealData('terse fragments: the last head noun is the answer, the modifiers qualify the noun they follow');

/**
 * A fragment typed with no verb and no linking preposition asks for its last head noun; the events described before a
 * relation noun are its condition (real data: the events, places and relations are the data's own).
 */
describe.runIf(hasRealData)('terse fragments read by their head nouns (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 120_000);
  afterAll(() => f?.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each([
    ['singapore events november exhibitors', /^companies that are exhibitors of events in Singapore, starting 2024-11/],
    ['japan events speakers', /^companies that are speakers of events in Japan$/],
    ['events in singapore partners', /^companies that are partners of events in Singapore$/],
    ['conferences in the uk sponsors', /^companies that are sponsors of events in United Kingdom$/],
    ['events at marina bay sands exhibitors', /^companies that are exhibitors of events at .*Marina Bay Sands/],
    ['how many events in japan exhibitors', /^number of companies that are exhibitors of events in Japan/],
  ])('%s: the relation noun is asked for', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  it.each([
    // a linking word keeps the events the head
    ['events with sponsors in japan', /^events with sponsors among companies in Japan/],
    ['events that have exhibitors', /^events with exhibitors/],
    ['singapore events without partners', /^events in Singapore, without partners/],
    // the place after "events" stays theirs when the companies are the head
    ['sponsors of events in japan', /^companies that are sponsors of events in Japan$/],
  ])('%s: the events stay as said', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  it.each([
    ['events without sponsors in japan', /^events in Japan, without sponsors among companies$/],
    ['conferences with no exhibitors in singapore', /^events in Singapore, without exhibitors among companies$/],
    ['events w/o partners in the uk', /^events in United Kingdom, without partners among companies$/],
    ['events without any speakers in japan', /^events in Japan, without speakers among companies$/],
    ['trade shows with no sponsors in singapore', /^events .*in Singapore, without sponsors among companies$/],
  ])('%s: "in <place>" after the lacked companies places the events', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  it('a place said of the companies the events have stays theirs', () => {
    expect(read('events with sponsors from japan')).toMatch(/^events with sponsors among companies in Japan/);
  });
});
