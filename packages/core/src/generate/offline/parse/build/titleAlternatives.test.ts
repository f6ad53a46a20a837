import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('a title listed with another keeps the titles it must not be read inside');

/**
 * "presidents and CEOs": "president" is no "Vice President", listed or alone; each member of a list of titles keeps
 * its own exclusions (real data: the titles are the data's own).
 */
describe.runIf(hasRealData)('titles listed keep their own exclusions (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 120_000);
  afterAll(() => f?.close());
  const titles = (q: string): string[] => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') return [];
    const at = asked.columns.indexOf('job_title');
    return asked.rows.map((r) => (typeof r[at] === 'string' ? r[at] : ''));
  };
  const vice = (t: string): boolean => /\bvice[\s-]*president\b/i.test(t) && !/\bceo\b|chief executive/i.test(t);

  it.each([
    'presidents and ceos of sponsors',
    'ceos and presidents of exhibitors',
    'presidents or cfos at companies in the us',
    'presidnets and founders of sponsors',
    'president, ceo or coo of partners',
  ])('%s: no vice president read as a president', (q) => {
    const got = titles(q);
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter(vice)).toEqual([]);
  });

  it('a CEO who is also a vice president is still a CEO', () => {
    const got = titles('presidents and ceos of sponsors');
    const oracle = f.oracle(
      `SELECT p.job_title FROM people p WHERE p.job_title LIKE '%vice president%' AND p.job_title LIKE '%ceo%'
       AND p.company_id IN (SELECT company_id FROM participations WHERE relation = 'sponsor')`,
    );
    for (const t of oracle) expect(got).toContain(t);
  });

  it('vice presidents asked for are found', () => {
    expect(titles('vice presidents of sponsors').some(vice)).toBe(true);
  });
});
