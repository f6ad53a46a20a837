import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, column, demoFixture, type Fixture } from '../../testkit';

describe('a noun of kinds after a role word names the people holding it (demo data)', () => {
  let f: Fixture;
  let company: string;
  beforeAll(async () => {
    f = await demoFixture();
    company = busiestCompany(f, { withEmail: true });
  });
  afterAll(() => f.close());

  const emails = (q: string): Set<unknown> => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    return new Set(column(asked, 'email'));
  };

  it('is those people, as "people" after the role would be (it was refused as a field "types")', () => {
    const sales = f.oracle(
      `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ?
       AND EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = 'sales')`,
      company,
    );
    expect(sales.size).toBeGreaterThan(0);
    expect(emails(`sales people at ${company}`)).toEqual(sales);
    for (const q of [`any sales types at ${company}?`, `the sales kind at ${company}`])
      expect(emails(q), q).toEqual(sales);
  });

  it('after anything else, or before "of", is no people noun', () => {
    const asked = f.ask('what types of events are on in 2025');
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/^people/);
  });
});
