import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../testkit';

/**
 * Values and names of the data typed the way people type them (real data: the demo data has neither its
 * multi-word industries nor its state spellings): a state's code beside a city or a country, a code that is also
 * a small word ("ON"), a city typed without "City", regions by their commercial or short names and adjectives, an
 * event's short name with a year and a role noun, and nouns that only name the data ("on the calendar").
 */
describe.skipIf(!hasRealData)('values typed loosely (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 180_000);
  afterAll(() => f.close());

  const interpretation = (q: string): string => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return asked.interpretation;
  };

  it.each([
    // a code that is also a preposition, typed in capitals where a place stands
    ['marketing people in ON', 'Ontario'],
    ['firms in ON', 'Ontario'],
    // a shared code settled by the country after it
    ['sales people in CA, USA', 'California'],
    // a code after a city of its state is part of the city's name
    ['contacts in toronto, ON', 'Toronto'],
    ['people in sydney nsw', 'Sydney'],
    ['people in seattle WA', 'Seattle'],
    // a city named "<X> City" typed without the word
    ['people in ho chi minh', 'Ho Chi Minh'],
  ])('%s reads %s', (q, place) => {
    expect(interpretation(q)).toContain(place);
  });

  it('a state code after a city leaves the city alone (the rows that spell no state are kept)', () => {
    const asked = f.ask('people in toronto ON');
    const expected = f.oracle(`SELECT full_name FROM people WHERE city = 'Toronto'`);
    expect(new Set(column(asked, 'full_name').length > 0 ? column(asked, 'full_name') : [])).toEqual(expected);
  });

  it.each(['people in CA', 'people in WA', 'people in ottawa CA'])('%s is still asked back', (q) => {
    expect(f.ask(q).kind).toBe('clarify');
  });

  it.each([
    ['contacts in the nordics', 'Sweden'],
    ['companies from se asia', 'se asia'],
    ['people in the dach region', 'Germany'],
    ['european sponsors', 'european'],
    ['how many people in emea', 'emea'],
  ])('%s is a region (%s)', (q, shown) => {
    expect(interpretation(q)).toContain(shown);
  });

  it.each([
    ['snw 2024 sponsors', 'Submarine Networks World 2024'],
    ['iss world asia 2024 sponsors', 'ISS World Asia'],
    ['meetings show asia pacific sponsors', 'The Meetings Show Asia Pacific'],
  ])('%s: the sponsoring companies of %s, not the event', (q, event) => {
    const asked = f.ask(q);
    const sponsors = f.oracle(
      `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE p.relation = 'sponsor' AND e.name = ?`,
      event,
    );
    expect(sponsors.size).toBeGreaterThan(0);
    expect(new Set(column(asked, 'company'))).toEqual(sponsors);
  });

  it.each([
    ['how many events are on the calendar', 'number of events'],
    ['upcoming events on the calendar', 'events'],
  ])('%s: the calendar is the data itself', (q, shown) => {
    expect(interpretation(q)).toMatch(new RegExp(`^${shown}`));
  });

  it('an unknown noun beside the data noun is still asked or refused', () => {
    expect(f.ask('which giraffes are on file').kind).not.toBe('sql');
  });

  it('"americans" is the country, not a slip of "the americas"', () => {
    expect(interpretation('how many americans do we have')).toContain('United States');
  });
});
