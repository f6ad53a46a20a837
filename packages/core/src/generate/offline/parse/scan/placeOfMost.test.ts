import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('where most of a set is, and the most common value');

/**
 * A grouped count ranked, over the entity asked: "where are people most often based" is the country most people
 * have (their own country), "where are most events held" the events' country, "what city hosts the most events" the
 * events' city (no organiser), "the most common job function among speakers" their people's functions; one winner
 * for a singular, ties kept; a plural is the ordered list.
 */
describe.runIf(hasRealData)('where most of a set is, the most common value (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** The values of the top group of a query of (value, count) rows, ties kept. */
  const winners = (sql: string): Set<unknown> => {
    const rows = f.db.prepare(sql).raw(true).all() as [unknown, number][];
    const best = Math.max(...rows.map((r) => r[1]));
    return new Set(rows.filter((r) => r[1] === best).map((r) => r[0]));
  };
  const peopleCountry = 'SELECT country, COUNT(*) FROM people WHERE country IS NOT NULL GROUP BY country';

  it.each([
    ['Where are people most often based?', peopleCountry],
    ['where do most of our contacts live', peopleCountry],
    ['most common country among people', peopleCountry],
    ['where are most events held', 'SELECT country, COUNT(*) FROM events WHERE country IS NOT NULL GROUP BY country'],
  ])('%s is the country most rows have', (q, oracle) => {
    expect(new Set(column(f.ask(q), 'country'))).toEqual(winners(oracle));
  });

  it('a city as the subject of "hosts" holds the events (no organiser)', () => {
    const asked = f.ask('what city hosts the most events');
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/organizer/);
    expect(new Set(column(asked, 'city'))).toEqual(
      winners('SELECT city, COUNT(*) FROM events WHERE city IS NOT NULL GROUP BY city'),
    );
  });

  it.each(['which city is home to the most events', 'what city was home to the most events'])(
    'a place as the subject of "(is) home to" holds the rows, as "hosts" does: %s',
    (q) => {
      const asked = f.ask(q);
      expect(asked.kind).toBe('sql');
      expect(new Set(column(asked, 'city'))).toEqual(
        winners('SELECT city, COUNT(*) FROM events WHERE city IS NOT NULL GROUP BY city'),
      );
    },
  );

  it('"home to" with no place before it is not read as holding', () => {
    expect(f.ask('which sponsors are home to the most events').kind).not.toBe('sql');
  });

  it('"where are the sponsors of X based" with no "most" still lists them with their location', () => {
    expect(
      column(f.ask('where are the sponsors of Aviation Festival Asia 2025 based'), 'company').length,
    ).toBeGreaterThan(10);
  });

  it('"where are the events with the most sponsors" ranks the events, not their countries', () => {
    expect(column(f.ask('where are the events with the most sponsors'), 'event').length).toBeGreaterThan(0);
  });

  it('the most common job function at a company counts its people', () => {
    const asked = f.ask('what is the most common job function among people at Zscaler');
    expect(new Set(column(asked, 'job_function'))).toEqual(
      winners(
        `SELECT p.job_function, COUNT(*) FROM people p JOIN companies c ON c.id = p.company_id
         WHERE c.name = 'Zscaler' AND p.job_function IS NOT NULL GROUP BY p.job_function`,
      ),
    );
  });

  it("job functions of companies are their people's, in order (a plural is the whole ranked list)", () => {
    const asked = f.ask('what are the most common job functions among speakers');
    const expected = f.db
      .prepare(
        `SELECT p.job_function, COUNT(DISTINCT p.id) FROM people p WHERE p.job_function IS NOT NULL AND p.company_id IN
         (SELECT company_id FROM participations WHERE relation = 'speaker') GROUP BY p.job_function`,
      )
      .raw(true)
      .all() as [string, number][];
    expect(column(asked, 'people')).toEqual(expected.map((r) => r[1]).sort((a, b) => b - a));
  });

  it('industries are counted over every industry a company lists (a company in two counts in both)', () => {
    const asked = f.ask('top 3 industries among sponsors of Aviation Festival Asia 2025');
    const expected = new Map(
      (
        f.db
          .prepare(
            `SELECT ci.industry, COUNT(DISTINCT ci.company_id) FROM company_industries ci WHERE ci.company_id IN
             (SELECT p.company_id FROM participations p JOIN events e ON e.id = p.event_id
              WHERE e.name = 'Aviation Festival Asia 2025' AND p.relation = 'sponsor') GROUP BY ci.industry`,
          )
          .raw(true)
          .all() as [string, number][]
      ).map(([k, v]) => [k, v]),
    );
    const industries = column(asked, 'industry');
    const counts = column(asked, 'companies');
    expect(industries.length).toBeGreaterThanOrEqual(3);
    industries.forEach((x, i) => expect(counts[i]).toBe(expected.get(String(x))));
  });

  it('a fronted "Across X," is the set the question picks from', () => {
    const asked = f.ask('Across companies attending events in Singapore, which industry is most common?');
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(
      /counted by industry \(each company name once\), top 1/,
    );
  });
});
