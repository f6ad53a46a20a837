import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, sql, type Fixture } from '../testkit';

/**
 * A superlative with an attribute asked ("the oldest sponsor of X - what year was it founded") is that attribute of
 * the row ranked first, not a grouping by the attribute; a grouped ranking keeps the order its "fewest" says; "top N
 * events by sponsors" ranks the events by their sponsors.
 */
describe('the attribute of a ranked row, and grouped rankings (demo data)', () => {
  let f: Fixture;
  let event = '';
  beforeAll(async () => {
    f = await demoFixture();
    // the event with the most sponsors that state a founding year
    event = String(
      f.db
        .prepare(
          `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id JOIN companies c ON c.id = p.company_id
           WHERE p.relation = 'sponsor' AND c.founded_year IS NOT NULL AND c.employees_min IS NOT NULL
           GROUP BY e.id ORDER BY COUNT(DISTINCT c.id) DESC, e.name LIMIT 1`,
        )
        .pluck()
        .get(),
    );
  });
  afterAll(() => f.close());

  const sponsorsOf = `SELECT c.id FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
      WHERE p.relation = 'sponsor' AND e.name = ?`;

  it.each([
    (e: string) => `oldest sponsor of ${e} - what year was it founded`,
    (e: string) => `What year was the oldest sponsor of ${e} founded?`,
    (e: string) => `in which year was the oldest ${e} sponsor founded`,
  ])('the founding year of the oldest sponsor (%#)', (phrase) => {
    const oldest = f.db
      .prepare(`SELECT MIN(founded_year) FROM companies WHERE id IN (${sponsorsOf})`)
      .pluck()
      .get(event);
    const asked = f.ask(phrase(event));
    expect(sql(asked)).not.toMatch(/GROUP BY/);
    expect(new Set(column(asked, 'founded_year'))).toEqual(new Set([oldest]));
  });

  it('the size of the largest sponsor: "how many employees does the largest sponsor of X have"', () => {
    const largest = f.db
      .prepare(`SELECT MAX(employees_min) FROM companies WHERE id IN (${sponsorsOf})`)
      .pluck()
      .get(event);
    const asked = f.ask(`how many employees does the largest sponsor of ${event} have`);
    expect(asked.kind).toBe('sql');
    const names = column(asked, 'company');
    const expected = f.oracle(
      `SELECT name FROM companies WHERE employees_min = ? AND id IN (${sponsorsOf})`,
      largest,
      event,
    );
    expect(new Set(names)).toEqual(expected);
  });

  it('"the richest sponsor - how much revenue": that company\'s revenue, not a sum', () => {
    const asked = f.ask(`the richest sponsor of ${event} - how much revenue`);
    expect(sql(asked)).not.toMatch(/SUM\(/i);
    const richest = f.db
      .prepare(`SELECT MAX(revenue_usd) FROM companies WHERE id IN (${sponsorsOf})`)
      .pluck()
      .get(event);
    expect(new Set(column(asked, 'revenue_usd'))).toEqual(new Set([richest]));
  });

  it.each([
    [(e: string) => `Which company sponsoring ${e} has been around the longest?`, 'MIN'],
    [(e: string) => `which sponsor of ${e} has existed for the longest time`, 'MIN'],
    [(e: string) => `of the ${e} sponsors, who has been around the shortest`, 'MAX'],
  ])('a length of time said of companies is their age (%#)', (phrase, end) => {
    const founded = f.db
      .prepare(`SELECT ${end}(founded_year) FROM companies WHERE id IN (${sponsorsOf})`)
      .pluck()
      .get(event);
    const asked = f.ask(phrase(event));
    expect(asked.kind).toBe('sql');
    expect(new Set(column(asked, 'founded_year'))).toEqual(new Set([founded]));
  });

  it('"the country with the fewest companies": the grouping ascends', () => {
    const asked = f.ask('which country has the fewest companies');
    const counts = f.db
      .prepare(`SELECT COUNT(*) FROM companies WHERE country IS NOT NULL GROUP BY country ORDER BY 1`)
      .pluck()
      .all() as number[];
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/fewest first/);
    expect(new Set(column(asked, 'companies'))).toEqual(new Set([counts[0]]));
  });

  it('a grouping said of one named event counts its companies: "the least common industry at X"', () => {
    const counts = f.db
      .prepare(
        `SELECT COUNT(*) FROM companies c WHERE c.industry IS NOT NULL AND c.id IN (
           SELECT p.company_id FROM participations p JOIN events e ON e.id = p.event_id WHERE e.name = ?)
         GROUP BY c.industry ORDER BY 1`,
      )
      .pluck()
      .all(event) as number[];
    const asked = f.ask(`what is the least common industry at ${event}`);
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/^companies taking part/);
    expect(new Set(column(asked, 'companies'))).toEqual(new Set([counts[0]]));
  });

  it('"top 3 events by sponsors" ranks events by their sponsors, not a grouping by company', () => {
    const asked = f.ask('top 3 events by sponsors');
    const top = f.oracle(
      `SELECT url FROM (SELECT e.url, RANK() OVER (ORDER BY COUNT(DISTINCT p.company_id) DESC) AS r FROM events e
         JOIN participations p ON p.event_id = e.id WHERE p.relation = 'sponsor' GROUP BY e.id) WHERE r <= 3`,
    );
    expect(new Set(column(asked, 'url'))).toEqual(top);
  });
});
