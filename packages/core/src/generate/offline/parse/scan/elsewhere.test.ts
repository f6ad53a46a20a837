import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, sql, type Fixture } from '../../testkit';

describe('where a person is versus where their company is (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const emails = (q: string): Set<unknown> => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    return new Set(column(asked, 'email'));
  };
  const people = (where: string): Set<unknown> =>
    f.oracle(`SELECT p.email FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE ${where}`);

  it.each([
    'people in Singapore at companies headquartered elsewhere',
    'people based in Singapore working for companies based somewhere else',
    // "headquartered in" read with its "in", "another" as "other": the phrase was asked about ("country"), and
    // "even" before "though" was offered as a slip of "event"
    'people based in Singapore whose company is headquartered in another country',
    'who is based in Singapore even though their company is headquartered in another country',
    // a word of another country before the companies: outside the country named for the people (yb018 asked)
    'people based in Singapore at foreign-headquartered companies',
    'people in Singapore working for overseas firms',
  ])('"elsewhere" is outside the country just named: %s', (q) => {
    // like "not headquartered in Singapore": a company of unknown country is not known to be elsewhere
    const expected = people(`p.country = 'Singapore' AND c.country <> 'Singapore'`);
    expect(emails(q)).toEqual(expected);
  });

  it('a place "or elsewhere / anywhere else in" a wider place is the wider place', () => {
    // the part asked with the rest of its whole is all of the whole ("elsewhere" was asked back)
    // a city of the demo data and its country, the city being one part of the country's people
    const [city, country] = [
      ...f.oracle(
        `SELECT city || '|' || country FROM people WHERE city IS NOT NULL AND country IS NOT NULL AND city <> country
         GROUP BY city, country ORDER BY COUNT(*) DESC, city LIMIT 1`,
      ),
    ][0]
      ?.toString()
      .split('|') ?? ['', ''];
    const whole = people(`p.country = '${country}'`);
    expect(whole.size).toBeGreaterThan(people(`p.city = '${city}'`).size);
    for (const q of [
      `people based in ${city} or elsewhere in ${country}`,
      `people in ${city} or anywhere else in ${country}`,
    ])
      expect(emails(q), q).toEqual(whole);
  });

  it.each([
    ['events in Dubai or anywhere else outside Singapore', 'events outside Singapore'],
    ['which events are in london or somewhere else outside of singapore', 'events outside Singapore'],
    ['people based in Tokyo or outside Singapore', 'people based outside Singapore'],
    ['companies headquartered in Germany or elsewhere outside Singapore', 'companies headquartered outside Singapore'],
  ])('a place "or (anywhere else) outside" a country it lies outside is the union, outside it: %s', (q, plain) => {
    // the two were read as conditions of the same rows (in Dubai AND not in Singapore: narrower), or "anywhere" was
    // asked back
    const asked = f.ask(q);
    const expected = f.ask(plain);
    expect(asked.kind === 'sql' && asked.interpretation).toBe(expected.kind === 'sql' && expected.interpretation);
    expect(asked.kind === 'sql' && asked.rows).toEqual(expected.kind === 'sql' && expected.rows);
  });

  it('a place inside the country left out makes a union the request cannot hold: asked about, never narrowed', () => {
    expect(f.ask('events in Osaka or anywhere else outside Japan').kind).toBe('clarify');
  });

  it('"whose company is in X" is the company\'s country, "based in X" the person\'s', () => {
    expect(emails('people whose company is in Singapore')).toEqual(people(`c.country = 'Singapore'`));
    expect(emails('people based in Singapore')).toEqual(people(`p.country = 'Singapore'`));
  });

  it('"employees of <demonym> companies" are people at companies of that country', () => {
    expect(emails('employees of Singaporean companies')).toEqual(people(`c.country = 'Singapore'`));
  });

  it.each([
    ['which events are not in Singapore? my boss wants to see what is abroad', 'which events are not in Singapore?'],
    ["events outside singapore, want to see what's abroad", 'events outside singapore'],
  ])('"abroad" in a later clause restates the place negated before it: %s', (q, same) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    expect(sql(asked)).toBe(sql(f.ask(same)));
  });
});
