import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../../testkit';

describe('people named by a demonym, and places of events inside a clause about people (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const emails = (q: string): Set<unknown> => new Set(column(f.ask(q), 'email'));
  const people = (where: string): Set<unknown> =>
    f.oracle(`SELECT p.email FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE ${where}`);
  const atSponsors = `p.company_id IN (SELECT company_id FROM participations WHERE relation = 'sponsor')`;

  it.each([
    ['Brits working at sponsors', `p.country = 'United Kingdom' AND ${atSponsors}`],
    ['Americans at companies that sponsor events', `p.country = 'United States' AND ${atSponsors}`],
    [
      'Singaporeans working for companies headquartered in the US',
      `p.country = 'Singapore' AND c.country = 'United States'`,
    ],
    ['aussies at sponsors', `p.country = 'Australia' AND ${atSponsors}`],
  ])('a demonym as a noun is people of that country: %s', (q, where) => {
    const expected = people(where);
    expect(expected.size).toBeGreaterThan(0);
    expect(emails(q)).toEqual(expected);
  });

  it("a demonym before a noun stays the companies' country", () => {
    const asked = f.ask('American companies that sponsor events');
    expect(new Set(column(asked, 'company'))).toEqual(
      f.oracle(
        `SELECT name FROM companies WHERE country = 'United States' AND id IN (SELECT company_id FROM participations WHERE relation = 'sponsor')`,
      ),
    );
  });

  it('a collective demonym before "ones" after a list of companies is their country, no people', () => {
    const asked = f.ask('which companies sponsor events?', 'just the french ones');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/^companies in France/);
  });

  // the topic of a question about companies: the question's noun restates it, so the demonym is their nationality
  it.each([
    ['brits at sponsors - which uk companies?', 'United Kingdom'],
    ['Americans sponsoring events: which companies?', 'United States'],
  ])('a demonym opening the topic of a question about companies is theirs: %s', (q, country) => {
    const expected = f.oracle(
      `SELECT name FROM companies WHERE country = ? AND id IN (SELECT company_id FROM participations WHERE relation = 'sponsor')`,
      country,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q), 'company'))).toEqual(expected);
  });

  it('"events in X" inside a clause about people is the events\' place', () => {
    const expected = people(
      `p.company_id IN (SELECT company_id FROM participations WHERE event_id IN (SELECT id FROM events WHERE country = 'Singapore'))
       AND p.id IN (SELECT person_id FROM person_job_functions WHERE job_function = 'marketing')`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(emails('marketing people who work for companies attending events in Singapore')).toEqual(expected);
  });
});
