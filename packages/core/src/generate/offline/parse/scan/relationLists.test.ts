import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, interpretationOf, realFixture } from '../../testkit';

warnIfNoRealData('relation nouns listed side by side are one list, their union');

/** Relation nouns listed with commas, with nothing or with a slip of "and" between them: the union (real data). */
describe.runIf(hasRealData)('relation nouns listed (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 120_000);
  afterAll(() => f?.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each([
    ['exhibitors, sponsors at osea 2024', /^companies that are exhibitors or sponsors of events named OSEA 2024$/],
    ['speakers partners of seamless asia', /^companies that are speakers or partners of events named Seamless/],
    [
      'sponsors,, exhibitors,, partners of ctw apac',
      /^companies that are sponsors or exhibitors or partners of events named Commodity/,
    ],
    ['sponsors adn exhibitors at osea 2024', /^companies that are sponsors or exhibitors of events named OSEA 2024$/],
    [
      'partners, speakers and sponsors at ctw apac',
      /^companies that are partners or speakers or sponsors of events named Commodity/,
    ],
  ])('%s: the union of the relations', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  it('the union holds the companies of each relation', () => {
    const asked = f.ask('exhibitors, sponsors at osea 2024');
    const union = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE e.name = 'OSEA 2024' AND p.relation IN ('exhibitor', 'sponsor')`,
    );
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql') expect(new Set(asked.rows.map((r) => r[0]))).toEqual(union);
  });

  it.each([
    // "both" keeps each relation
    [
      'companies that are both sponsors and exhibitors at osea 2024',
      /sponsors of events, that are exhibitors of events named OSEA 2024/,
    ],
    // a clause between them is no list
    ['sponsors of osea 2024 that are exhibitors at ctw apac', /sponsors of events named OSEA 2024/],
  ])('%s: not a union', (q, reading) => {
    expect(read(q)).toMatch(reading);
    expect(read(q)).not.toMatch(/ or /);
  });
});
