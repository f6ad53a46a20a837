import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../testkit';

/**
 * The low end of a ranking ("the bottom 3", "and the bottom 5?") and an order said with "in order of": a ranking
 * from its low end, never the top one, nor asked back. Real data.
 */
describe.skipIf(!hasRealData)('bottom N and "in order of" (real data)', () => {
  warnIfNoRealData('rankEnds');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());
  const said = (...qs: string[]): string => {
    const r = f.ask(...qs);
    return r.kind === 'sql' ? r.interpretation : `(${r.kind})`;
  };

  it('"the bottom 4 firms by revenue" ranks from the lowest', () => {
    expect(said('the bottom 4 firms by revenue')).toMatch(/ranked by revenue \(asc, top 4/);
  });

  it('"the oldest" is named by the column it ranks by: the founding year, earliest first (not "age (asc)")', () => {
    expect(said('the 3 oldest companies')).toMatch(/ranked by founding year \(asc, top 3/);
    expect(said('the youngest company')).toMatch(/ranked by founding year \(desc, top 1/);
  });

  it('"and the bottom 3?" after a top 3 ranking of sponsors is the same ranking from the low end', () => {
    expect(said('osea exhibitors', 'top 3 by employees', 'and the bottom 3?')).toMatch(
      /exhibitors of events named OSEA.*asc, top 3/,
    );
  });

  it('"arrange those in order of revenue" after a list sorts that list', () => {
    expect(said('osea exhibitors', 'arrange those in order of revenue')).toMatch(
      /exhibitors of events named OSEA.*sorted by revenue/,
    );
  });
});
