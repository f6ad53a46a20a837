import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Asked, type Fixture } from '../testkit';

/**
 * A count per place keeps the rows whose place is unknown as a group of their own (its place null, "unknown" in the
 * answer's text, said in the interpretation), never left out unsaid; a ranking or a threshold of places is of the
 * places known.
 */
describe('the group of rows with no known place (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const unknownGroup = (asked: Asked): unknown =>
    asked.kind === 'sql' ? asked.rows.find((r) => r[0] === null)?.[1] : `not answered: ${asked.kind}`;
  const total = (asked: Asked): number =>
    asked.kind === 'sql' ? asked.rows.reduce((n, r) => n + Number(r[1]), 0) : -1;

  it.each([
    ['companies by country', `SELECT COUNT(DISTINCT name) FROM companies WHERE country IS NULL`],
    [
      'how many companies are there in each country?',
      `SELECT COUNT(DISTINCT name) FROM companies WHERE country IS NULL`,
    ],
    ['people per country', `SELECT COUNT(*) FROM people WHERE country IS NULL`],
    ['count the contacts by city', `SELECT COUNT(*) FROM people WHERE city IS NULL`],
    ['number of events in each city', `SELECT COUNT(DISTINCT lower(name)) FROM events WHERE city IS NULL`],
  ])('%s: those with no known place are one group', (q, oracle) => {
    const asked = f.ask(q);
    const [none] = f.oracle(oracle);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(
      /those with no known (country|city) as one group/,
    );
    if (Number(none) > 0) expect(unknownGroup(asked)).toBe(none);
    else expect(unknownGroup(asked)).toBeUndefined();
  });

  it('every company is in one group: the groups add up to all of them', () => {
    const [all] = f.oracle(`SELECT COUNT(DISTINCT name) FROM companies`);
    const asked = f.ask('companies by country');
    // a company listed under two countries counts in each: at least every company once
    expect(total(asked)).toBeGreaterThanOrEqual(Number(all));
  });

  it.each([
    'top 3 countries by number of companies',
    'which country has the most companies',
    'countries with 2 or more companies',
    'which cities have at least 2 events',
  ])('%s ranks or keeps places known: no unknown group', (q) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    expect(asked.kind === 'sql' && asked.rows.some((r) => r[0] === null)).toBe(false);
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/no known/);
  });
});
