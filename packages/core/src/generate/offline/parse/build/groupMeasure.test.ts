import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('an aggregate per group');

/**
 * "average company size of sponsors at each event", "average revenue of companies by country": each group's
 * aggregate of the column (the group's `measure`), never its number of rows, which was answered in its place.
 */
describe.runIf(hasRealData)('an aggregate per group (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const byFirst = (rows: unknown[][]): Map<unknown, number> => new Map(rows.map((r) => [r[0], Number(r[1])]));

  it("the average size of the sponsors at each event is over each event's sponsors, once each", () => {
    const asked = f.ask('average company size of sponsors at each event');
    const expected = byFirst(
      f.db
        .prepare(
          // each sponsor once by name (compile/identity.ts), its figure the mean of its rows'
          `SELECT name, AVG(v) FROM (SELECT e.id, e.name, AVG((c.employees_min + COALESCE(c.employees_max, c.employees_min)) / 2.0) AS v
           FROM events e JOIN (SELECT DISTINCT event_id, company_id FROM participations WHERE relation = 'sponsor') p
           ON p.event_id = e.id JOIN companies c ON c.id = p.company_id GROUP BY e.id, c.name) GROUP BY id`,
        )
        .raw(true)
        .all() as unknown[][],
    );
    const events = column(asked, 'event');
    const averages = column(asked, 'avg_employees');
    expect(events.length).toBe(expected.size);
    events.forEach((e, i) => expect(Number(averages[i])).toBeCloseTo(expected.get(e) ?? NaN, 6));
    // highest first
    expect([...averages].map(Number)).toEqual([...averages].map(Number).sort((x, y) => y - x));
  });

  it('the average revenue by country is over the companies of each country', () => {
    const asked = f.ask('average revenue of companies by country');
    const expected = byFirst(
      f.db
        .prepare('SELECT country, AVG(revenue_usd) FROM companies WHERE country IS NOT NULL GROUP BY country')
        .raw(true)
        .all() as unknown[][],
    );
    const countries = column(asked, 'country');
    const averages = column(asked, 'avg_revenue_usd');
    countries.forEach((c, i) => {
      const want = expected.get(c);
      if (want === null || want === undefined || Number.isNaN(want)) expect(averages[i]).toBeNull();
      else expect(Number(averages[i])).toBeCloseTo(want, 0);
    });
  });

  it('a count per group stays a count', () => {
    expect(column(f.ask('number of companies by country'), 'companies').length).toBeGreaterThan(1);
  });
});
