import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, column, demoFixture, realFixture, type Fixture } from '../testkit';
import { sharedBrands } from '../values/brandNames';
import { regionNameForms } from '../values/regionNameForms';

/** A brand several rows share, and region phrases said another way inside a name (pure functions). */
describe('brands and region forms of names', () => {
  it('rows whose name and domain lead with one word are one brand; a shared ordinary word is none', () => {
    const rows = [
      { id: 1, name: 'Zentrix Home Products', domain: 'zentrix.com' },
      { id: 2, name: 'Zentrix Group', domain: 'zentrixgroup.com' },
      { id: 3, name: 'Zentrix Labs', domain: 'otherlabs.io' },
      { id: 4, name: 'Global Widgets', domain: 'globalwidgets.com' },
      { id: 5, name: 'Global Gadgets', domain: 'globalgadgets.com' },
    ];
    const brands = sharedBrands(rows, (w) => w === 'global');
    expect(brands.map((b) => [b.key, b.rows.map((r) => r.id)])).toEqual([['zentrix', [1, 2]]]);
  });

  it('a place or ordinary word is a brand only when one of its rows owns it as its bare web domain', () => {
    const rows = [
      { id: 1, name: 'Lisbon Assurance', domain: 'lisbon.com' },
      { id: 2, name: 'Lisbon Assurance Americas', domain: 'lisbonam.com' },
      { id: 3, name: 'Porto Wines', domain: 'portowines.com' },
      { id: 4, name: 'Porto Cellars', domain: 'portocellars.com' },
    ];
    // both words are places: "lisbon" already names the row of lisbon.com, so it names its sibling too; "porto"
    // names no row by itself and stays the place
    const brands = sharedBrands(rows, (w) => w === 'lisbon' || w === 'porto');
    expect(brands.map((b) => [b.key, b.rows.map((r) => r.id)])).toEqual([['lisbon', [1, 2]]]);
  });

  it('a region inside a name is also its short form, both ways', () => {
    expect(regionNameForms('cemat southeast asia')).toContain('cemat sea');
    expect(regionNameForms('meetings show asia pacific')).toContain('meetings show apac');
    expect(regionNameForms('commodity trading week apac')).toContain('commodity trading week asia pacific');
    expect(regionNameForms('seafood expo asia')).toEqual([]);
  });
});

/** Whose place "based in" is after a named company: the people's (the company's own is known). Demo data. */
describe('a place after a named company (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each(['people at X based in C', 'contacts at X located in C', 'who at X is based in C'])(
    // a country other than the company's headquarters: read as the company's, the answer would be empty
    '%s: the people based in C, of company X',
    (template) => {
      const company = busiestCompany(f);
      const [country] = [
        ...f.oracle(
          `SELECT p.country FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ? AND p.country IS NOT NULL
           AND p.country <> coalesce(c.country, '')
           GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
          company,
        ),
      ];
      const expected = f.oracle(
        `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ? AND p.country = ?`,
        company,
        country,
      );
      expect(expected.size).toBeGreaterThan(0);
      const asked = f.ask(template.replace('X', company).replace('C', String(country)));
      expect(new Set(column(asked, 'email'))).toEqual(expected);
    },
  );

  it('"headquartered in" after a named company stays the company\'s place', () => {
    const company = busiestCompany(f);
    const asked = f.ask(`people at ${company} headquartered in Antarctica`);
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/people[^,]* in Antarctica/);
  });
});

/** Event names typed with a region's short form, a place of their own beside them, or a year. Real data. */
describe.skipIf(!hasRealData)('words typed beside an event name (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 300_000);
  afterAll(() => f?.close());

  const said = (q: string): string => {
    const asked = f.ask(q);
    return asked.kind === 'sql' ? asked.interpretation : `${asked.kind}`;
  };

  it.each([
    ['exhibitors at cemat sea', 'CeMAT Southeast Asia'],
    ['utech sea exhibitors', 'UTECH Southeast Asia'],
    ['the meetings show apac exhibitors', 'The Meetings Show Asia Pacific'],
    ['the refining conference in asia', 'Asian Refining Technology Conference'],
    ['speakers at the martech summit singapore', 'The MarTech Summit Asia'],
  ])('%s names %s and adds no place of its own', (q, name) => {
    const text = said(q);
    expect(text).toContain(name);
    expect(text).not.toMatch(/countries\)|, in (Singapore|asia)/);
  });

  it('a year the data holds no edition of is asked back with the edition it holds', () => {
    const asked = f.ask('when is itb asia 2025');
    expect(asked.kind).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    expect(asked.clarification.options.map((o) => o.label).join(' ')).toMatch(/ITB Asia \(starting 2024-/);
  });

  it('a year the data holds picks that edition', () => {
    expect(said('bex asia 2024 exhibitors')).toContain('BEX Asia');
  });

  it('a brand typed alone names every row of the brand', () => {
    const text = said('people at electrolux');
    for (const name of f.oracle(
      `SELECT name FROM companies WHERE name LIKE 'Electrolux%' AND domain LIKE 'electrolux%'`,
    ))
      expect(text).toContain(String(name));
  });
});
