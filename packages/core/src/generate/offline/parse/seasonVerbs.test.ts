import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, firstColumnNames, realFixture, type Fixture } from '../testkit';

/**
 * A season word that is also a verb ("fall") before a preposition of time is the verb of occurring, never the season
 * intersected with the period after it ("Which events fall in the first half of 2025?" was autumn 2024 and H1 2025:
 * empty, blind28 b034); as a noun (after a determiner, "this / next", a preposition, before a year, or alone) it is
 * the season.
 */
function seasonVerbs(fixture: () => Promise<Fixture>): void {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture();
  });
  afterAll(() => f.close());

  const names = (q: string): string[] => firstColumnNames(f.ask(q), q);

  it.each([
    ['Which events fall in the first half of 2025?', 'events in the first half of 2025'],
    ['events that fall between march and may 2025', 'events between march and may 2025'],
    ['which event falls in q1 2025', 'events in q1 2025'],
    ['events falling within Q4 2024', 'events in Q4 2024'],
  ])('the verb: %s', (q, same) => {
    const expected = names(same);
    expect(expected.length).toBeGreaterThan(0);
    expect(names(q)).toEqual(expected);
  });

  it.each(['events in the fall', 'fall 2024 events', 'events this fall', 'fall events'])('the season: %s', (q) => {
    expect(names(q)).toEqual(names('events in autumn 2024'));
  });
}

describe('a season word as a verb (demo data)', () => seasonVerbs(demoFixture));
describe.skipIf(!hasRealData)('a season word as a verb (real data)', () => seasonVerbs(realFixture));
