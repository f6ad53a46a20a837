import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEXICON_PHRASES } from '../parse/lexiconTable';
import { companyValueRows, realFixture, valueIndexOf, type Fixture, type TestCompany } from '../testkit';
import { buildValueIndexFromRows, type ValueIndex } from './ValueIndex';
import type { ValueRows } from './valueRows';

/** Value rows with only companies and their overviews (the other tables absent). */
function rows(companies: readonly TestCompany[], overviews: string[]): ValueRows {
  return companyValueRows(companies, { companyOverviews: overviews.map((d) => ({ d })) });
}

describe('a company name typed in lower case', () => {
  it('is the company when the data writes its word as a name, and only when typed so when it writes it in lower case', () => {
    // four overviews use each word (a word of four texts is common); two write "Zentrix" as a name, "carbon" not
    const overviews = [
      'Partnered with Zentrix on carbon reporting.',
      'A carbon market built with Zentrix tools.',
      'We cut carbon output, say analysts at Zentrix.',
      'The carbon ledger, audited by Zentrix.',
    ];
    const index = buildValueIndexFromRows(
      rows(
        [
          { name: 'Zentrix', domain: 'zentrix.com' },
          { name: 'Carbon', domain: 'carbon.io' },
        ],
        overviews,
      ),
      LEXICON_PHRASES,
    );
    expect(index.companies.get('zentrix')?.needsCaps).toBe(false);
    expect(index.companies.get('carbon')?.needsCaps).toBe(true);
  });
});

describe.skipIf(!hasRealData)('company names in any position (real data)', () => {
  let f: Fixture;
  let index: ValueIndex;
  beforeAll(async () => {
    f = await realFixture();
    index = valueIndexOf(f);
  });
  afterAll(() => f.close());

  /** One-word company names the index reads in lower case, with people, spread over the alphabet. */
  const names = (): string[] => {
    const all = f.db
      .prepare(
        `SELECT c.name FROM companies c WHERE c.name GLOB '[A-Z]*' AND c.name NOT LIKE '% %'
           AND (SELECT COUNT(*) FROM people p WHERE p.company_id = c.id) >= 3 ORDER BY c.name`,
      )
      .all() as { name: string }[];
    return all
      .map((r) => r.name)
      .filter((n) => /^[A-Za-z]{4,}$/.test(n) && index.companies.get(n.toLowerCase())?.names.length === 1)
      .filter((n) => index.companies.get(n.toLowerCase())?.names[0] === n);
  };

  it('the data names enough companies for the test', () => {
    expect(names().length).toBeGreaterThan(30);
  });

  it.each([
    (c: string) => `${c}'s annual revenue`,
    (c: string) => `how many ${c} people are in the data`,
    (c: string) => `${c} contacts in sales`,
    (c: string) => `which events is ${c} sponsoring`,
  ])('a lower-case name in subject, possessive or modifier position is the company (%#)', (ask) => {
    const misses: string[] = [];
    const list = names();
    for (const name of list) {
      const asked = f.ask(ask(name.toLowerCase()));
      if (asked.kind !== 'sql' || !asked.interpretation.includes(name)) misses.push(name);
    }
    // only a name the data's own text writes as an ordinary word ("Carbon") is asked about instead: very few
    expect(misses.filter((n) => index.companies.get(n.toLowerCase())?.needsCaps !== true)).toEqual([]);
    expect(misses.length / list.length).toBeLessThan(0.03);
  });
});
warnIfNoRealData('company names in any position');
