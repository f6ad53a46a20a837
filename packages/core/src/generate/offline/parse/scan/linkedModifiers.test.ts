import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, firstColumnNames, realFixture, type Fixture } from '../../testkit';

/**
 * A participle of being tied ("linked", "related", "tied", "connected", "affiliated") between an event and a noun of
 * companies is taking part (any relation): "event-linked companies" are the companies at some event (blind28 b036
 * asked back "linked"), "AHICE-affiliated companies" those at AHICE.
 */
function linkedModifiers(fixture: () => Promise<Fixture>): void {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture();
  });
  afterAll(() => f.close());

  const names = (q: string): string[] => firstColumnNames(f.ask(q), q);
  const sorted = (s: Set<unknown>): string[] => [...s].map(String).sort();

  it.each([
    'Which event-linked companies were founded before 1950?',
    'which event-related firms were founded before 1950',
    'event-tied companies founded before 1950',
    'event-affiliated companies founded before 1950',
  ])('a bare event noun: companies at some event (%s)', (q) => {
    const expected = sorted(
      f.oracle(
        `SELECT c.name FROM companies c WHERE c.founded_year < 1950
           AND c.id IN (SELECT company_id FROM participations)`,
      ),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(names(q)).toEqual(expected);
  });

  it.each(['linked', 'affiliated', 'connected'])('an event name: the companies at that event (%s)', (participle) => {
    const [event] = f.oracle(
      `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id GROUP BY e.name
       ORDER BY count(*) DESC, e.name LIMIT 1`,
    );
    const expected = sorted(
      f.oracle(
        `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
         WHERE e.name = ?`,
        event,
      ),
    );
    expect(names(`${String(event)}-${participle} companies`)).toEqual(expected);
  });
}

describe('participles of being tied before companies (demo data)', () => linkedModifiers(demoFixture));
describe.skipIf(!hasRealData)('participles of being tied before companies (real data)', () =>
  linkedModifiers(realFixture),
);
