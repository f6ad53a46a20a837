import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, realFixture, type Fixture } from '../testkit';

/**
 * Places as people type them: a city by a former or foreign name (the gazetteer's aliases, one hit for every
 * spelling the data holds), a state by its postal code where only one state has it, asked back where several places
 * share it; and "fin" (finance) typed where an ISO code has the same letters. Demo data.
 */
describe('other names of cities, state codes, shorthand beside country codes (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const emails = (where: string, ...params: unknown[]): Set<unknown> =>
    f.oracle(`SELECT email FROM people WHERE ${where}`, ...params);

  it.each([
    ['people based in bangalore', 'Bengaluru'],
    ['contacts in Bombay', 'Mumbai'],
    ['who do we know in madras', 'Chennai'],
    ['people in münchen', 'Munich'],
    ['people in delhi', 'New Delhi'],
  ])('%s: the people of the city the data spells %s', (q, city) => {
    const expected = emails('city = ?', city);
    expect(expected.size).toBeGreaterThan(0);
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql') expect(asked.interpretation).toContain(city);
    expect(new Set(column(asked, 'email'))).toEqual(expected);
  });

  it.each([
    ['people in nsw', 'New South Wales', 'NSW'],
    ['sales folks based in NSW', 'New South Wales', 'NSW'],
    ['contacts in VIC', 'Victoria', 'VIC'],
  ])('%s: the state %s, by its name and its code', (q, name, code) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toContain(`state of ${name}`);
    const got = new Set(column(asked, 'email'));
    expect(got.size).toBeGreaterThan(0);
    for (const e of got) expect(emails('state IN (?, ?)', name, code).has(e)).toBe(true);
  });

  it('a code two places share is asked back with both ("CA": California or Canada)', () => {
    const asked = f.ask('companies in CA');
    expect(asked.kind).toBe('clarify');
    if (asked.kind !== 'clarify') return;
    const labels = asked.clarification.options.map((o) => o.label);
    expect(labels).toContain('the state California');
    expect(labels).toContain('the country Canada');
  });

  it.each(['contacts in HR', 'people in IT at sponsors', 'can you list people in tx or ca'])(
    'a word of the vocabulary or a code that is an English word is never a state: %s',
    (q) => {
      const asked = f.ask(q);
      const said = asked.kind === 'sql' ? asked.interpretation : '';
      expect(said).not.toMatch(/Haryana|Croatia|California|Canada/);
    },
  );

  it('"fin" typed in lower case is finance; "FIN" after a place word is Finland', () => {
    const fin = f.ask('fin people at sponsors');
    expect(fin.kind === 'sql' ? fin.interpretation : '').toMatch(/Finance/);
    expect(fin.kind === 'sql' ? fin.interpretation : '').not.toMatch(/Finland/);
    const country = f.ask('companies in FIN');
    expect(country.kind === 'sql' ? country.interpretation : '').toMatch(/Finland/);
  });
});

/** The same on the real CSVs: former names reach the rows under both spellings. */
describe.skipIf(!hasRealData)('other names of cities (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 300_000);
  afterAll(() => f?.close());

  it('"Bangalore" and "Bengaluru" both find every row of either spelling', () => {
    const expected = f.oracle(
      `SELECT email FROM people WHERE city IN ('Bengaluru', 'Bangalore') AND email IS NOT NULL`,
    );
    expect(expected.size).toBeGreaterThan(0);
    for (const q of ['people in bangalore', 'people in Bengaluru']) {
      const got = new Set(column(f.ask(q), 'email').filter((e) => e !== null));
      expect(got).toEqual(expected);
    }
  });
});
