import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../../testkit';

/**
 * Indifference to a dimension ("don't care about dates", "the industry doesn't matter", "not fussed which country")
 * leaves it free: the answer is the question's without the words (every date, said so), never a question back on
 * "not" nor a negated condition. A negated verb of minding before anything else than a dimension is left as it is.
 */
describe('indifference to a dimension restricts nothing (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const answer = (q: string) => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return asked;
  };

  it.each([
    ['events in singapore, i really dont care about the dates', 'events in singapore'],
    ['events in singapore - timing does not matter', 'events in singapore'],
    ['events in singapore no matter the date', 'events in singapore'],
    // an adverb of degree between the negation and the verb of minding
    ['events in singapore, not too bothered about the dates', 'events in singapore'],
  ])('%s is every date of %s, said so', (q, plain) => {
    const expected = answer(plain).rows;
    expect(expected.length).toBeGreaterThan(0);
    const asked = answer(q);
    expect(asked.rows).toEqual(expected);
    expect(asked.interpretation).toMatch(/any date/);
  });

  it.each([
    ['sales people, not bothered about the country', 'sales people'],
    ['marketing people - industry doesnt matter', 'marketing people'],
    ["ceos, i don't mind which industry", 'ceos'],
    // the place left free: a question word or a noun of place, before or after the negated "matter"
    ['any marketing events coming up? doesnt matter where tbh', 'any marketing events coming up?'],
    ['upcoming events, location does not matter', 'upcoming events'],
    ["events in 2025 - i don't care where", 'events in 2025'],
    ['sponsors of events in march, it does not matter which country', 'sponsors of events in march'],
    ['events with sponsors. not fussed about the location', 'events with sponsors'],
  ])('%s is %s', (q, plain) => {
    const expected = answer(plain).rows;
    expect(expected.length).toBeGreaterThan(0);
    expect(answer(q).rows).toEqual(expected);
  });

  it.each([
    ['not fussed about exhibitors, which events are in singapore', 'which events are in singapore'],
    ['events in singapore? we dont care about sponsors or partners', 'events in singapore'],
    ['i do not mind speakers - events with sponsors', 'events with sponsors'],
    // after a break, indifference is never a negated want (no part of the rows left out)
    ['events in singapore - not too fussed about sponsors', 'events in singapore'],
    ['events in 2025. we honestly dont care about exhibitors', 'events in 2025'],
  ])('indifference to a relation is no condition on it: %s is %s', (q, plain) => {
    const expected = answer(plain).rows;
    expect(expected.length).toBeGreaterThan(0);
    expect(answer(q).rows).toEqual(expected);
  });

  it.each([
    // a noun of minding after "no"
    ['sales people, no preference on the country', 'sales people'],
    ['upcoming events - no particular preference re location', 'upcoming events'],
    ['events with sponsors. no strong preference about the industry', 'events with sponsors'],
    ['marketing people, no preference for which country', 'marketing people'],
    ['which events have speakers? no preferences on where', 'which events have speakers?'],
  ])('no preference leaves the choice free: %s is %s', (q, plain) => {
    const expected = answer(plain).rows;
    expect(expected.length).toBeGreaterThan(0);
    expect(answer(q).rows).toEqual(expected);
  });

  it.each([
    // a noun of minding before no dimension, or with no "no" before it, is left as it is
    'events in singapore, no preference on vegan stuff',
    'events in singapore - no particular preference about the zorbles',
  ])('%s is not read as indifference', (q) => {
    expect(f.ask(q).kind).not.toBe('sql');
  });

  it('a negated verb of minding before no dimension is not read as indifference', () => {
    expect(f.ask('events in singapore, dont care about vegan stuff').kind).not.toBe('sql');
    // dates left free beside a date said: which holds is asked
    expect(f.ask('events in singapore in march, dates dont matter').kind).not.toBe('sql');
  });
});
