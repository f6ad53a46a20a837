import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../testkit';

/** Whose place a country is: the people's (where they are based) or their companies' (headquarters). Demo data. */
describe('a place of the people or of their companies', () => {
  let f: Fixture;
  /** The demo's most common company country (generated data). */
  let country = '';
  beforeAll(async () => {
    f = await demoFixture();
    country = String(
      [
        ...f.oracle(
          `SELECT country FROM companies WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 1`,
        ),
      ][0],
    );
  });
  afterAll(() => f.close());

  const people = (where: string): Set<unknown> =>
    f.oracle(`SELECT p.email FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE ${where}`, country);

  it.each([
    'people who work for companies in X',
    'contacts who are at firms in X',
    'staff at firms headquartered in X',
    'who works at companies in X',
  ])("%s: the companies' country", (q) => {
    const expected = people('c.country = ?');
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q.replace('X', country)), 'email'))).toEqual(expected);
  });

  it.each(['who is based in X', 'people based in X', 'people who are based in X'])("%s: the people's country", (q) => {
    const expected = people('p.country = ?');
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q.replace('X', country)), 'email'))).toEqual(expected);
  });

  // both places in one question: the person's own and, after the companies noun, the companies' (a question of
  // this test's own); read as an "or" of the two countries on the people before
  it.each([
    'people based in X who work at companies headquartered in Y',
    'contacts located in X who work for firms based in Y',
    'list the staff based in X who are employed by companies headquartered in Y',
  ])("%s: the people's country and their companies'", (q) => {
    const [other] = f.oracle(
      `SELECT c.country FROM people p JOIN companies c ON c.id = p.company_id WHERE p.country = ? AND c.country <> ? GROUP BY c.country ORDER BY count(*) DESC LIMIT 1`,
      country,
      country,
    );
    const expected = f.oracle(
      `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE p.country = ? AND c.country = ?`,
      country,
      other,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q.replace('X', country).replace('Y', String(other))), 'email'))).toEqual(expected);
  });
});
