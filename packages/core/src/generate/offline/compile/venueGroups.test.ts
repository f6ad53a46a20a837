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

  // each company once by name in its group, as every count of companies (`identity.ts`)
  it('companies grouped by venue are grouped by the complex too', () => {
    const asked = groups(f.ask('number of sponsors by venue'));
    const expected = f.db
      .prepare(
        `SELECT COUNT(DISTINCT c.name) FROM participations p JOIN events e ON e.id = p.event_id
         JOIN companies c ON c.id = p.company_id WHERE p.relation = 'sponsor' AND e.venue_group = 'Marina Bay Sands'`,
      )
      .pluck()
      .get();
    expect(asked.get('Marina Bay Sands')).toBe(expected);
  });

  // the listings on a complex's own site whose venue field names only a room ("Hall 3") are at the complex
  it('events at a venue complex include those its own site lists with only a room as their venue', () => {
    const roomOnly = f.db
      .prepare(
        `SELECT DISTINCT name FROM events WHERE venue_group = 'Singapore EXPO' AND lower(venue) NOT LIKE '%expo%'
         AND lower(venue) NOT LIKE '%atria%'`,
      )
      .pluck()
      .all();
    expect(roomOnly.length).toBeGreaterThan(0);
    const asked = f.ask('which events are at the singapore expo');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    const names = new Set(asked.rows.map((row) => row[0]));
    for (const name of roomOnly) expect(names.has(name), String(name)).toBe(true);
    expect(names.size).toBe(eventsAt('Singapore EXPO'));
  });
});
