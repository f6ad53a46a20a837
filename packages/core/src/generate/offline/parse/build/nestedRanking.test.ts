import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Asked, type Fixture } from '../../testkit';

warnIfNoRealData('a superlative said of a node inside the question');

/** The people of an answer as "first surname" keys, sorted. */
function people(r: Asked, q: string): string[] {
  if (r.kind !== 'sql') throw new Error(`${q}: ${r.kind}`);
  const first = r.columns.indexOf('first_name');
  const last = r.columns.indexOf('surname');
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  return r.rows.map((x) => `${text(x[first])} ${text(x[last])}`).sort();
}

/**
 * A superlative said of a company or an event inside a question about something else ("people at the company with
 * the most employees") ranks that node's rows, and the question asks its own thing of the winners: before, it was
 * refused ("I cannot count people per people") or ranked the answer's own rows.
 */
describe.runIf(hasRealData)('a ranking said of a node inside the question (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** The people of the companies ranked within the first n by a column among the companies `where` keeps. */
  const peopleOfTop = (column: string, n: number, where = '1 = 1'): string[] =>
    [
      ...f.oracle(
        `SELECT COALESCE(p.first_name, '') || ' ' || COALESCE(p.surname, '') FROM people p WHERE p.company_id IN (
           SELECT id FROM (SELECT c.id, RANK() OVER (ORDER BY c.${column} DESC) AS r FROM companies c
                           WHERE c.${column} IS NOT NULL AND ${where}) WHERE r <= ${n})`,
      ),
    ]
      .map(String)
      .sort();

  it.each([
    ['people at the company with the most employees', 'employees_min', 1, undefined],
    ['who works at the biggest company', 'employees_min', 1, undefined],
    [
      'contacts at the top 3 sponsors by revenue',
      'revenue_usd',
      3,
      `c.id IN (SELECT company_id FROM participations WHERE relation = 'sponsor')`,
    ],
  ] as const)('%s', (q, column, n, where) => {
    const expected = peopleOfTop(column, n, where);
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(people(f.ask(q), q))).toEqual(new Set(expected));
  });

  it('a count ranks the events by their linked rows: "companies at the event with the most sponsors"', () => {
    const [top] = f.oracle(
      `SELECT e.name FROM events e JOIN participations pa ON pa.event_id = e.id AND pa.relation = 'sponsor'
       GROUP BY e.id ORDER BY COUNT(DISTINCT pa.company_id) DESC LIMIT 1`,
    );
    const asked = f.ask('companies at the event with the most sponsors');
    if (asked.kind !== 'sql') throw new Error(asked.kind);
    expect(asked.interpretation).toMatch(/events with the most sponsors \(the first of them, ties kept\)/);
    const expected = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id JOIN events e ON e.id = pa.event_id WHERE e.name = ?`,
      top,
    );
    for (const name of asked.rows.map((r) => r[0])) expect(expected).toContain(name);
  });
});
