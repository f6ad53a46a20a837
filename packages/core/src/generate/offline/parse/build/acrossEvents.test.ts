import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * "Across (all) events" with nothing counted is the scope of the question, no grouping by event (zc096 listed events,
 * each with a number); a figure of sponsors versus partners is one row per contrasted relation (zc104 averaged by
 * event), over the companies in that relation only.
 */
describe.runIf(hasRealData)('across the events (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('companies both sponsor and partner across events are companies', () => {
    const expected = f.oracle(
      `SELECT c.name FROM companies c WHERE c.name IN (SELECT c2.name FROM companies c2 JOIN participations p ON p.company_id = c2.id WHERE p.relation = 'sponsor')
       AND c.name IN (SELECT c3.name FROM companies c3 JOIN participations p ON p.company_id = c3.id WHERE p.relation = 'partner')`,
    );
    expect(expected.size).toBeGreaterThan(0);
    const asked = f.ask('Which companies are tagged as both sponsor and partner across events?');
    expect(new Set(column(asked, 'company'))).toEqual(expected);
  });

  it('an average for sponsors versus partners across all events is one row per relation', () => {
    const asked = f.ask('Compare average company revenue for sponsors versus partners across all events.');
    if (asked.kind !== 'sql') throw new Error(asked.kind);
    const average = (relation: string): number =>
      Number(
        f.db
          .prepare(
            // a company is one per name, its figure the mean of its rows' (`compile/identity.ts`)
            `SELECT AVG(r) FROM (SELECT c.name, AVG(c.revenue_usd) AS r FROM companies c WHERE c.id IN
             (SELECT company_id FROM participations WHERE relation = ?) AND c.revenue_usd IS NOT NULL GROUP BY c.name)`,
          )
          .pluck()
          .get(relation),
      );
    const rows = new Map(asked.rows.map((r) => [r[0], Number(r[1])]));
    expect([...rows.keys()].sort()).toEqual(['partner', 'sponsor']);
    expect(rows.get('sponsor')).toBeCloseTo(average('sponsor'), 0);
    expect(rows.get('partner')).toBeCloseTo(average('partner'), 0);
  });
});
