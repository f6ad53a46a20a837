import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../../testkit';

/**
 * The entity asked for is the one the words ask for: people at a company who work in a function are counted
 * themselves (the function is theirs, not a condition on the company); an indefinite person placed somewhere and then
 * at companies is a person; the list a speaker builds holds the data the ask wants.
 */
describe('the entity asked for (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const SPONSORS = `SELECT p.company_id FROM participations p JOIN events e ON e.id = p.event_id
    WHERE p.relation = 'sponsor' AND e.country = 'Singapore' AND e.start_date LIKE '2025-%'`;

  it.each(['how many people at %s work in supply chain', 'how many staff at %s are working in supply chain?'])(
    'the people at a company who work in a field of their titles are counted, not the company: %s',
    (template) => {
      const [company] = f.oracle(
        `SELECT c.name FROM companies c JOIN people pe ON pe.company_id = c.id WHERE lower(pe.job_title) LIKE '%supply chain%'
         AND (SELECT COUNT(*) FROM companies x WHERE x.name = c.name) = 1 GROUP BY c.id ORDER BY COUNT(*) DESC, c.name LIMIT 1`,
      );
      const r = f.ask(template.replace('%s', String(company)));
      expect(r.kind).toBe('sql');
      const [expected] = f.oracle(
        `SELECT COUNT(*) FROM people pe JOIN companies c ON c.id = pe.company_id
         WHERE c.name = ? AND lower(pe.job_title) LIKE '%supply chain%'`,
        company,
      );
      const [all] = f.oracle(
        'SELECT COUNT(*) FROM people pe JOIN companies c ON c.id = pe.company_id WHERE c.name = ?',
        company,
      );
      expect(expected).not.toEqual(all);
      expect(r.kind === 'sql' ? r.rows[0]?.[0] : null).toEqual(expected);
    },
  );

  it('"anyone based in <country> at the companies ..." asks for people based there, at those companies', () => {
    const [country] = f.oracle(
      `SELECT pe.country FROM people pe WHERE pe.company_id IN (${SPONSORS}) AND pe.country IS NOT NULL
       GROUP BY pe.country ORDER BY COUNT(*) DESC, pe.country LIMIT 1`,
    );
    const r = f.ask(`anyone based in ${String(country)} at the companies sponsoring events in Singapore in 2025?`);
    expect(r.kind).toBe('sql');
    expect(r.kind === 'sql' ? r.interpretation : '').toMatch(/^people/);
    const got = new Set(column(r, 'full_name'));
    expect(got.size).toBeGreaterThan(0);
    expect(got).toEqual(
      f.oracle(`SELECT DISTINCT full_name FROM people WHERE country = ? AND company_id IN (${SPONSORS})`, country),
    );
  });

  it.each([
    "I'm building a list of sales contacts at the companies sponsoring events in Singapore in 2025. Who do we have?",
    "we're putting together a list of sales people at the companies sponsoring events in Singapore in 2025 - who have we got",
  ])('the list a speaker builds is what the ask wants: %s', (q) => {
    const r = f.ask(q);
    expect(r.kind).toBe('sql');
    const got = new Set(column(r, 'full_name'));
    expect(got.size).toBeGreaterThan(0);
    expect(got).toEqual(
      f.oracle(
        `SELECT DISTINCT pe.full_name FROM people pe JOIN person_job_functions pf ON pf.person_id = pe.id
         WHERE pf.job_function = 'sales' AND pe.company_id IN (${SPONSORS})`,
      ),
    );
  });
});
