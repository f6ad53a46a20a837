import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Asked, type Fixture } from '../testkit';

warnIfNoRealData('groupings by venue');

/** The rows of a grouping as "group -> number". */
function groups(r: Asked): Map<unknown, unknown> {
  if (r.kind !== 'sql') throw new Error(`expected SQL, got ${r.kind}`);
  return new Map(r.rows.map((row) => [row[0], row[1]]));
}

/**
 * A grouping by venue groups by the venue complex (the derived `venue_group`, `@musaeid/db` deriveVenueGroup): the
 * real listings write Marina Bay Sands a dozen ways ("Sands Expo & Convention Centre, Singapore", "Level B2, Marina
 * Bay Sands", ...), and each spelling was its own group.
 */
describe.runIf(hasRealData)('groupings by venue (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const spellings = (group: string): number =>
    f.db.prepare(`SELECT COUNT(DISTINCT venue) FROM events WHERE venue_group = ?`).pluck().get(group) as number;
  const eventsAt = (group: string): unknown =>
    f.db.prepare(`SELECT COUNT(DISTINCT lower(name)) FROM events WHERE venue_group = ?`).pluck().get(group);

  it('the data writes one venue several ways', () => {
    expect(spellings('Marina Bay Sands')).toBeGreaterThan(5);
    expect(spellings('Suntec')).toBeGreaterThan(3);
  });

  it.each(['number of events by venue', 'how many events does each venue host'])(
    '%s: one group per venue complex, its every spelling counted',
    (q) => {
      const asked = groups(f.ask(q));
      expect(asked.get('Marina Bay Sands')).toBe(eventsAt('Marina Bay Sands'));
      expect(asked.get('Suntec')).toBe(eventsAt('Suntec'));
      expect(asked.has('Sands Expo & Convention Centre, Singapore')).toBe(false);
      expect(asked.has('The Suntec Centre, Singapore')).toBe(false);
    },
  );

  it('"which venue hosts the most events" is the complex with the most events', () => {
    const asked = groups(f.ask('which venue hosts the most events'));
    expect([...asked.keys()]).toEqual(['Marina Bay Sands']);
    expect(asked.get('Marina Bay Sands')).toBe(eventsAt('Marina Bay Sands'));
  });

  it('companies grouped by venue are grouped by the complex too', () => {
    const asked = groups(f.ask('number of sponsors by venue'));
    const expected = f.db
      .prepare(
        // each company name once (a company listed under two domains is one company), as groupings count them
        `SELECT COUNT(DISTINCT lower(c.name)) FROM participations p JOIN events e ON e.id = p.event_id
         JOIN companies c ON c.id = p.company_id WHERE p.relation = 'sponsor' AND e.venue_group = 'Marina Bay Sands'`,
      )
      .pluck()
      .get();
    expect(asked.get('Marina Bay Sands')).toBe(expected);
  });
});
