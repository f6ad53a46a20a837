import { describe, expect, it } from 'vitest';
import { answeredValues, demoWithCompany } from '../../testkit';

describe('a noun of kinds after a role word names the people holding it (demo data)', () => {
  const demo = demoWithCompany({ withEmail: true });
  const emails = (q: string): Set<unknown> => answeredValues(demo.f, q, 'email');

  it('is those people, as "people" after the role would be (it was refused as a field "types")', () => {
    const sales = demo.f.oracle(
      `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ?
       AND EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = 'sales')`,
      demo.company,
    );
    expect(sales.size).toBeGreaterThan(0);
    expect(emails(`sales people at ${demo.company}`)).toEqual(sales);
    for (const q of [`any sales types at ${demo.company}?`, `the sales kind at ${demo.company}`])
      expect(emails(q), q).toEqual(sales);
  });

  it('after anything else, or before "of", is no people noun', () => {
    const asked = demo.f.ask('what types of events are on in 2025');
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/^people/);
  });
});
