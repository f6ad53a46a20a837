import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../../testkit';

/**
 * A looser place set off after a place list, with only indefinites and hedges around it, sums the list up: the list
 * alone is asked, never intersected with the region. A clause that narrows, or names other places, stays.
 */
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('a place list restated by a region on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('restatedPlaces');
  });
  afterAll(() => f?.close());

  it.each([
    ['events in the us or canada, anything north american', 'events in the us or canada'],
    [
      'which conferences are in france or spain? anything in europe basically',
      'which conferences are in france or spain',
    ],
    ['events in the states or canada - anywhere in north america really', 'events in the states or canada'],
    ['expos in singapore or malaysia: anything in asia', 'expos in singapore or malaysia'],
    ['events in germany, so anything european', 'events in germany'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it.each([
    // a restricting word narrows, other places add: no restatement
    ['events in canada - anything in north america but not the states', 'events in canada'],
    ['events in japan, or anything in europe', 'events in japan'],
  ])('"%s" is not "%s"', (q, not) => {
    if (!f) return;
    const a = f.ask(q);
    if (a.kind === 'sql') expect(sql(a)).not.toBe(sql(f.ask(not)));
  });
});
