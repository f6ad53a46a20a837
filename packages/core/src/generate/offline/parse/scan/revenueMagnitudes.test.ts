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
    // the adjective sizing the revenue noun itself
    ['firms with billion-dollar revenues', 1e9],
    ['which companies have multi-million dollar revenue', 2e6],
  ])('%s', (q, least) => {
    const expected = [...f.oracle('SELECT DISTINCT name FROM companies WHERE revenue_usd >= ?', least)].map(String);
    expect(expected.length).toBeGreaterThan(0);
    expect(firstColumnNames(f.ask(q), q)).toEqual(expected.sort());
  });

  // "more than $1 billion in revenue": the bound and its amount are one condition, not a second threshold read from
  // the amount alone ("narrowed to those with revenue >= ...")
  it.each([
    'companies with more than $1 billion in revenue sponsoring events',
    'companies with over 1 billion revenue',
  ])('%s: one condition', (q) => {
    const asked = f.ask(q);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/revenue \(USD\) > 1000000000/);
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toContain('>=');
  });
});
