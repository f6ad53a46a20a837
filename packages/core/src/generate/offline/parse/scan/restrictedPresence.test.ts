import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('fields said to be there, restricted with "only"');

/**
 * A field said to be there with a restricting word and no clause of its own ("(known country only)", "(country known
 * only)", "(only known country)") restricts the set asked for, as "(where country is known)" does
 * (`parse/scan/missingValues.ts`); after an exclusion it restricts the main set, not the excluded one
 * (`parse/exclusions.ts`: inside "except the US ones" it would bring the companies of unknown country back).
 */
describe.runIf(hasRealData)('fields said to be there with "only" (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const EVENT = 'Aviation Festival Asia 2025';
  const companies = (where: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE e.name = ? ${where}`,
      EVENT,
    );
  const names = (q: string): Set<unknown> => new Set(column(f.ask(q), 'company'));
  const KNOWN = `AND c.country IS NOT NULL AND c.country <> ''`;

  it.each([
    'aviation festival companies (known country only)',
    'aviation festival companies (country known only)',
    'aviation festival companies (only known country)',
    'aviation festival companies (where country is known)',
  ])('%s: the companies whose country is known', (q) => {
    const expected = companies(KNOWN);
    expect(expected.size).toBeLessThan(companies('').size);
    expect(names(q)).toEqual(expected);
  });

  it.each([
    'aviation festival companies except the US ones (known country only)',
    'aviation festival companies except the US ones (only known country)',
  ])('%s: the known countries other than the US', (q) => {
    const expected = companies(`${KNOWN} AND c.country <> 'United States'`);
    // the unknown countries are left out: fewer than "not the US" alone
    expect(expected.size).toBeLessThan(companies(`AND (c.country IS NULL OR c.country <> 'United States')`).size);
    expect(names(q)).toEqual(expected);
  });
});
