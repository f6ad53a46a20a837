import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, column, demoFixture, type Fixture } from '../../../testkit';

describe('a role after "as a(n)" (demo data)', () => {
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
  const at = (where: string): Set<unknown> =>
    f.oracle(`SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ? ${where}`, company);

  it("after the question's clause, is the role the people asked about hold", () => {
    // it was read as the company's other people ("X, employing people whose seniority is Manager"): all of X's people
    const managers = at(`AND p.seniority = 'manager'`);
    expect(managers.size).toBeGreaterThan(0);
    expect(emails(`who works at ${company} as a manager?`)).toEqual(managers);
  });

  it("followed by the speaker's clause, is the speaker's own role", () => {
    expect(emails(`as a manager I need the people at ${company}`)).toEqual(at(''));
  });
});
