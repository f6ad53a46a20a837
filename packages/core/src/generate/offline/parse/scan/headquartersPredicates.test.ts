import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * Where a company is, said with its headquarters as the subject ("whose HQ is in Japan") or with the company
 * possessed by the people ("people whose company is based in Japan"): the companies' country, never where the
 * people sit, and no address column asked.
 */
describe.skipIf(!hasRealData)('a company placed by its headquarters or as the possessed noun (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const atCompaniesIn = (country: string): Set<unknown> =>
    f.oracle(`SELECT p.full_name FROM people p JOIN companies c ON c.id = p.company_id WHERE c.country = ?`, country);

  it.each([
    'people whose company HQ is in japan',
    'people at companies whose HQ is in japan',
    'contacts whose headquarters are located in japan',
    // "based" is anyone's place, but the grammar gives it to the company the people possess
    'people whose company is based in japan',
  ])('%s: the people of companies headquartered there', (q) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/working at companies in Japan \(headquarters\)/);
    expect(asked.interpretation).not.toMatch(/showing address/);
    const expected = atCompaniesIn('Japan');
    // the people who sit in Japan are another set: the test tells the two readings apart
    expect(expected).not.toEqual(f.oracle(`SELECT p.full_name FROM people p WHERE p.country = 'Japan'`));
    expect(new Set(column(asked, 'full_name'))).toEqual(expected);
  });

  it('companies whose headquarters are located in germany: the companies there', () => {
    const expected = f.oracle(`SELECT c.name FROM companies c WHERE c.country = 'Germany'`);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask('companies whose headquarters are located in germany'), 'company'))).toEqual(expected);
  });

  it('a person\'s own place keeps its reading: "people based in japan"', () => {
    const asked = f.ask('people based in japan');
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/^people in Japan/);
  });
});
