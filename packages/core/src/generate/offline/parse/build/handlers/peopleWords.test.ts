import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answeredValues, column, demoFixture, demoWithCompany, type Fixture } from '../../../testkit';

describe('a role after "as a(n)" (demo data)', () => {
  const demo = demoWithCompany({ withEmail: true });
  const emails = (q: string): Set<unknown> => answeredValues(demo.f, q, 'email');
  const at = (where: string): Set<unknown> =>
    demo.f.oracle(
      `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ? ${where}`,
      demo.company,
    );

  it("after the question's clause, is the role the people asked about hold", () => {
    // it was read as the company's other people ("X, employing people whose seniority is Manager"): all of X's people
    const managers = at(`AND p.seniority = 'manager'`);
    expect(managers.size).toBeGreaterThan(0);
    expect(emails(`who works at ${demo.company} as a manager?`)).toEqual(managers);
  });

  it("followed by the speaker's clause, is the speaker's own role", () => {
    expect(emails(`as a manager I need the people at ${demo.company}`)).toEqual(at(''));
  });
});

describe('a role after a verb of doing a job, said after the company (demo data)', () => {
  const demo = demoWithCompany({ withEmail: true });
  const emails = (q: string): Set<unknown> => answeredValues(demo.f, q, 'email');
  /** The company's people whose functions include `fn`. */
  const doing = (fn: string): Set<unknown> =>
    demo.f.oracle(
      `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ?
       AND EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = ?)`,
      demo.company,
      fn,
    );

  it("is the function of the people asked about, not a title of the company's other people", () => {
    // it was "X, employing people whose job functions include Sales": every person at X
    const sales = doing('sales');
    expect(sales.size).toBeGreaterThan(0);
    expect(sales.size).toBeLessThan(
      demo.f.oracle(
        `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ?`,
        demo.company,
      ).size,
    );
    for (const q of [
      `who at ${demo.company} handles sales?`,
      `who at ${demo.company} does sales`,
      `anybody at ${demo.company} who works in sales`,
      `who over at ${demo.company} looks after the sales`,
    ])
      expect(emails(q), q).toEqual(sales);
  });

  it('said of companies, stays their people\'s ("companies whose people do marketing")', () => {
    const asked = demo.f.ask('companies employing people who do marketing');
    expect(asked.kind).toBe('sql');
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/^companies/);
  });
});

describe('a negation that is the determiner of a people noun (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const companies = (q: string): Set<unknown> => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    return new Set(column(asked, 'company'));
  };
  // companies none of whose people has one of the functions
  const none = (...functions: string[]): Set<unknown> =>
    f.oracle(
      `SELECT c.name FROM companies c WHERE c.id NOT IN (SELECT p.company_id FROM people p JOIN person_job_functions pf
       ON pf.person_id = p.id WHERE p.company_id IS NOT NULL AND pf.job_function IN (${functions.map(() => '?').join(', ')}))`,
      ...functions,
    );

  it('"no <function> people" is the companies none of whose people has it, not those with someone outside it', () => {
    const expected = none('marketing');
    expect(expected.size).toBeGreaterThan(0);
    expect(companies('firms with no marketing staff')).toEqual(expected);
    expect(companies('show me organisations without any marketing employees')).toEqual(expected);
  });

  it('a list of functions after the determiner: none of the people has any of them', () => {
    expect(companies('companies with no sales or finance people')).toEqual(none('sales', 'finance'));
  });

  it('"non-<function>" stays a negated modifier: companies employing someone outside the function', () => {
    const asked = f.ask('companies with non-marketing people');
    expect(asked.kind).toBe('sql');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/do not include Marketing/);
  });

  it('"with no <function> people" after a named event: the companies\' own people, not the event\'s', () => {
    const [event] = [
      ...f.oracle(`SELECT e.name FROM events e JOIN participations pa ON pa.event_id = e.id
        GROUP BY e.name ORDER BY count(DISTINCT pa.company_id) DESC, e.name LIMIT 1`),
    ] as string[];
    const atEvent = f.oracle(
      `SELECT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id JOIN events e ON e.id = pa.event_id
       WHERE e.name = ?`,
      event,
    );
    const without = none('marketing');
    const expected = new Set([...atEvent].filter((c) => without.has(c)));
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(atEvent.size);
    expect(companies(`companies at ${event} with no marketing people`)).toEqual(expected);
  });
});
