import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Asked, type Fixture } from '../testkit';

/**
 * A dimension asked as the subject of a verb of having a count of rows ("which countries have 3 or more sponsors")
 * groups those rows by the dimension and keeps the groups whose number meets the count (`HAVING`): the same groups
 * as the plain grouping, cut by their number, never the count read as a condition of each row.
 */
describe('groups kept by their number (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  /**
   * The grouped rows of a known value whose last numeric cell passes the test, as strings for comparison: a threshold
   * keeps places known (the plain grouping shows those with none as a group of their own).
   */
  const kept = (asked: Asked, pass: (n: number) => boolean): string[] => {
    if (asked.kind !== 'sql') return [];
    const at = asked.columns.findIndex((c) => c === 'companies' || c === 'events');
    return asked.rows.filter((r) => r[0] !== null && pass(Number(r[at]))).map((r) => JSON.stringify(r));
  };

  it.each([
    ['which countries have 3 or more sponsors?', 'sponsors by country', (n: number) => n >= 3],
    ['countries with more than 2 exhibitors', 'exhibitors by country', (n: number) => n > 2],
    ['what industries have at least 4 partners', 'partners by industry', (n: number) => n >= 4],
    ['which cities have 2+ events in 2025', 'events in 2025 by city', (n: number) => n >= 2],
    // the grouping said first, its dimension said again before the threshold
    [
      'sponsors by country, showing each country with at least 2 sponsors',
      'sponsors by country',
      (n: number) => n >= 2,
    ],
    [
      'exhibitors by industry, listing each industry with 2+ exhibitors',
      'exhibitors by industry',
      (n: number) => n >= 2,
    ],
    // ... the dimension before a verb of showing after the clause's break: the grouping, no noun of rows compounded
    ['speakers by industry, listing the industries having 2 or more', 'speakers by industry', (n: number) => n >= 2],
    [
      'exhibitors by country, listing the countries with 2 or more exhibitors',
      'exhibitors by country',
      (n: number) => n >= 2,
    ],
    [
      'sponsors per industry, showing only industries with at least 3 sponsors',
      'sponsors by industry',
      (n: number) => n >= 3,
    ],
    [
      'how many exhibitors per country? only countries having 2+ exhibitors',
      'exhibitors by country',
      (n: number) => n >= 2,
    ],
    ['count the sponsors by country, keeping countries with at least 3', 'sponsors by country', (n: number) => n >= 3],
    [
      'number of partners in each industry, only industries with more than two',
      'partners by industry',
      (n: number) => n > 2,
    ],
    [
      'sponsors grouped by industry - just the industries that have 2 or more',
      'sponsors by industry',
      (n: number) => n >= 2,
    ],
  ])('"%s" is "%s" keeping the groups whose number passes', (q, plain, pass) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/only the groups whose number is/);
    const all = f.ask(plain);
    expect(all.kind).toBe('sql');
    const expected = kept(all, pass);
    expect(kept(asked, () => true)).toEqual(expected);
    // the cut keeps fewer groups than the plain grouping somewhere in these cases, or the test proves nothing
    expect(expected.length).toBeLessThanOrEqual(all.kind === 'sql' ? all.rows.length : 0);
  });

  it('a threshold counting other rows than those grouped is no threshold on the groups', () => {
    const asked = f.ask('sponsors by country, only countries with at least 2 events');
    if (asked.kind === 'sql') expect(asked.interpretation).not.toMatch(/only the groups/);
  });

  it('leaves a count said of each row alone when no dimension heads the question', () => {
    const asked = f.ask('which events have 3 or more sponsors?');
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql') expect(asked.interpretation).not.toMatch(/only the groups/);
  });
});
