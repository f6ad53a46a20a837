import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, type Fixture } from '../../../testkit';

warnIfNoRealData('distributed relations');

/**
 * A relation noun said of a pair of events holds at each of them: "speakers at BOTH X and Y", "partners at X and at
 * Y" are the companies in that relation at both, never that relation at some event and any relation at X and Y.
 */
describe.runIf(hasRealData)('a relation over coordinated events (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** The companies (by name) in a relation at both of two events. */
  const inBoth = (relation: string, a: string, b: string): string[] =>
    [
      ...f.oracle(
        `SELECT c.name FROM companies c WHERE c.name IN (SELECT c1.name FROM companies c1 JOIN participations p ON
         p.company_id = c1.id JOIN events e ON e.id = p.event_id WHERE p.relation = ? AND e.name = ?) AND c.name IN
         (SELECT c2.name FROM companies c2 JOIN participations p ON p.company_id = c2.id JOIN events e ON
         e.id = p.event_id WHERE p.relation = ? AND e.name = ?)`,
        relation,
        a,
        relation,
        b,
      ),
    ]
      .map(String)
      .sort();

  it.each([
    ['companies that are speakers at BOTH Cloud Expo Asia Singapore 2024 and Cyber Security World Asia', 'speaker'],
    ['speakers at Cloud Expo Asia Singapore 2024 and at Cyber Security World Asia', 'speaker'],
  ])('%s', (q, relation) => {
    const asked = f.ask(q);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).not.toContain('any relation');
    const expected = inBoth(relation, 'Cloud Expo Asia Singapore 2024', 'Cyber Security World Asia');
    expect(expected.length).toBeGreaterThan(0);
    expect(firstColumnNames(asked)).toEqual([...new Set(expected)]);
  });

  // "but never / not <relation noun> anywhere" after a copula is the companies' own relation negated (at no event),
  // never their events "without sponsors among companies"
  it('partners at some event but never sponsors anywhere', () => {
    const asked = f.ask('companies that are partners at some event but never sponsors anywhere');
    const expected = [
      ...f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id WHERE p.relation = 'partner'
         AND c.name NOT IN (SELECT c2.name FROM companies c2 JOIN participations q ON q.company_id = c2.id
         WHERE q.relation = 'sponsor')`,
      ),
    ]
      .map(String)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(firstColumnNames(asked)).toEqual(expected);
  });
});
