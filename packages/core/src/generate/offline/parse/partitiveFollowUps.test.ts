import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../testkit';

/**
 * A follow-up that picks a relation out of the earlier set: "And of those, which are sponsors?", "which are sponsors
 * among those" after the companies at an event are that event's sponsors among them, never the earlier list again
 * (the relation dropped) nor every sponsor anywhere; "just the sponsors" too. Real data.
 */
describe.skipIf(!hasRealData)('a relation picked out of the earlier set (real data)', () => {
  warnIfNoRealData('partitiveFollowUps');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const at = (relation: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       JOIN events e ON e.id = pa.event_id WHERE e.name LIKE 'Global Space and Technology Convention%'
       AND pa.relation = ?`,
      relation,
    );

  it.each([
    'And of those, which are sponsors?',
    'so of those, which are sponsors',
    'which are sponsors among those',
    'which of those are sponsors?',
    'just the sponsors',
    'only the sponsors?',
  ])('%s', (q) => {
    const expected = at('sponsor');
    const all = new Set(column(f.ask('Which companies are at the Global Space and Technology Convention?'), 'company'));
    expect(expected.size).toBeGreaterThan(0);
    expect(all.size).toBeGreaterThan(expected.size);
    expect(
      new Set(column(f.ask('Which companies are at the Global Space and Technology Convention?', q), 'company')),
    ).toEqual(expected);
  });
});
