import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, interpretationOf, realFixture } from '../../testkit';

/** A company of the data as the subject of a relation verb in a relative clause on events is that company. */
describe.skipIf(!hasRealData)('a company named in a relative clause on events (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each(['events google sponsors', 'events that Google sponsors'])(
    '%s: the events Google sponsors, never events of the theme its name reaches (Technology)',
    (q) => {
      expect(read(q)).toBe('events with sponsors among companies named Google');
      const asked = f.ask(q);
      const sponsored = f.oracle(
        `SELECT DISTINCT e.name FROM events e JOIN participations p ON p.event_id = e.id JOIN companies c ON c.id = p.company_id
         WHERE c.name = 'Google' AND p.relation = 'sponsor'`,
      );
      expect(new Set(asked.kind === 'sql' ? asked.rows.map((r) => r[0]) : [])).toEqual(sponsored);
    },
  );

  it('the verb with its preposition stranded after it is the relation, not the company staff titled so', () => {
    expect(read('conferences that Meltwater partners at')).toBe('events with partners among companies named Meltwater');
  });

  it('the relation noun after an event is still the noun', () => {
    expect(read('ahice partners')).toContain('companies that are partners of events named AHICE');
  });
});
