import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * The relation asked beside events or companies ("in what role", "in what capacity") is shown on the company-event
 * rows (zc079 asked what "role" meant; a relation "shown" on an event's own row was no column at all).
 */
describe.runIf(hasRealData)('the relation shown (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each(['which events is Google involved in and in what role', 'events google takes part in, in what capacity'])(
    '%s: each event with the relation',
    (q) => {
      const asked = f.ask(q);
      const pairs = new Set(
        column(asked, 'event').map((e, i) => `${String(e)} / ${String(column(asked, 'relation')[i])}`),
      );
      const expected = f.oracle(
        `SELECT e.name || ' / ' || p.relation FROM participations p JOIN events e ON e.id = p.event_id
         JOIN companies c ON c.id = p.company_id WHERE c.name = 'Google'`,
      );
      expect(expected.size).toBeGreaterThan(1);
      expect(pairs).toEqual(expected);
    },
  );
});
