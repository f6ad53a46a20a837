import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * Two relations asked at one event: "the partners for X and the sponsors too" is both lists (never the partners of an
 * event "with sponsors among companies"), and "two lists pls" / "separately" shows each company-event row's relation.
 * Real data.
 */
describe.skipIf(!hasRealData)('relations listed apart (real data)', () => {
  warnIfNoRealData('separateLists');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const atDmwf = (): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       JOIN events e ON e.id = pa.event_id WHERE e.name = '#DMWF Asia' AND pa.relation IN ('partner', 'sponsor')`,
    );

  it('"the partners for X and the sponsors too": both relations at X', () => {
    const r = f.ask('Who are the partners for #DMWF Asia and the sponsors?');
    expect(new Set(column(r, 'company'))).toEqual(atDmwf());
  });

  it.each([
    'Who are the partners for #DMWF Asia and the sponsors too? two lists pls',
    'partners and sponsors of #DMWF Asia, separately',
  ])('%s: each row with its relation', (q) => {
    const r = f.ask(q);
    expect(new Set(column(r, 'company'))).toEqual(atDmwf());
    expect(new Set(column(r, 'relation'))).toEqual(new Set(['partner', 'sponsor']));
  });
});
