import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, firstColumnNames, type Fixture } from '../../testkit';

/**
 * A sum of money said by its magnitude alone is a revenue threshold: "billion-dollar companies" are the companies
 * with a revenue of at least a billion (as "$1bn+ companies"), never asked back ("billion dollar") or a theme.
 */
describe('a revenue said by its magnitude (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['billion-dollar companies', 1e9],
    ['companies with a billion+ in revenue', 1e9],
    ['multi-million dollar companies', 2e6],
  ])('%s', (q, least) => {
    const expected = [...f.oracle('SELECT DISTINCT name FROM companies WHERE revenue_usd >= ?', least)].map(String);
    expect(expected.length).toBeGreaterThan(0);
    expect(firstColumnNames(f.ask(q), q)).toEqual(expected.sort());
  });
});
