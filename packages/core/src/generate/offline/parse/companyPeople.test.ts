import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { busiestCompany, column, demoFixture, type Fixture } from '../testkit';

/** A company named before the people it employs: the people are the answer (demo data). */
describe('company before a people noun', () => {
  let f: Fixture;
  /** The demo company with the most people (its name is generated). */
  let company = '';
  beforeAll(async () => {
    f = await demoFixture();
    company = busiestCompany(f);
  });
  afterAll(() => f.close());

  const at = (company: string, where: string): Set<unknown> =>
    f.oracle(
      `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name = ? AND ${where}`,
      company,
    );
  const fnIs = (fn: string): string =>
    `EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = '${fn}')`;

  it.each([
    ['X directors', `p.seniority = 'director'`],
    ["X's VPs", `p.seniority = 'vp'`],
    ['X sales people', fnIs('sales')],
    ['list X marketing staff', fnIs('marketing')],
    ['show X managers in sales', `p.seniority = 'manager' AND ${fnIs('sales')}`],
    ['X employees', '1 = 1'],
    ['X c-suite', `p.seniority = 'c_level'`],
    ["X's heads of marketing", `p.seniority = 'head' AND ${fnIs('marketing')}`],
  ])('%s lists people of that company', (q, where) => {
    const asked = f.ask(q.replace('X', company));
    expect(asked.kind).toBe('sql');
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/^people /);
    expect(new Set(column(asked, 'email'))).toEqual(at(company, where));
  });

  it("a noun of companies in the possessive asks for their people: the sponsors' directors", () => {
    const asked = f.ask("the sponsors' directors");
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(
      /^people whose seniority is Director, working at companies that are sponsors/,
    );
    expect(new Set(column(asked, 'email'))).toEqual(
      f.oracle(
        `SELECT p.email FROM people p WHERE p.seniority = 'director' AND p.company_id IN (SELECT company_id FROM participations WHERE relation = 'sponsor')`,
      ),
    );
  });

  // an attribute only people have, asked for the people phrase after the companies: those people are the answer, not
  // "people at companies employing directors" (every person of any company that has one)
  it.each([
    ['X - emails for L', 'p.seniority = ?'],
    ['X emails of the L', 'p.seniority = ?'],
    ['X: emails for sales L', `${fnIs('sales')} AND p.seniority = ?`],
  ])('%s: the emails of those people of that company', (q, where) => {
    const withEmail = busiestCompany(f, { withEmail: true });
    const emailsWhere = (level: string): Set<unknown> =>
      f.oracle(
        `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id
         WHERE c.name = ? AND p.email IS NOT NULL AND p.email <> '' AND ${where}`,
        withEmail,
        level,
      );
    // the demo's levels are generated: the first level word the company has someone of
    const levels = [
      ['directors', 'director'],
      ['VPs', 'vp'],
      ['managers', 'manager'],
    ] as const;
    const [word, level] = levels.find(([, v]) => emailsWhere(v).size > 0) ?? levels[0];
    const expected = emailsWhere(level);
    expect(expected.size).toBeGreaterThan(0);
    const asked = f.ask(q.replace('X', withEmail).replace('L', word));
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/^people whose/);
    expect(new Set(column(asked, 'email'))).toEqual(expected);
  });

  it.each([
    ['AEs in the us', 'account executive'],
    ['SDRs in us', 'SDR'],
  ])('a lower-case "us" after a place preposition is the country: %s', (q, title) => {
    const asked = f.ask(q);
    expect(asked.kind === 'sql' ? asked.interpretation : '').toBe(
      `people whose job title mentions ${title}, in United States`,
    );
  });

  it('the company stays the answer when the job words name no people ("X sales events")', () => {
    const asked = f.ask(`${company} sales events`);
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/^people /);
  });
  it('a list of companies before the people noun: "X and Y staff" are the people of both, any place said is theirs', () => {
    // the two demo companies with the most people who have an e-mail address
    const [a, b] = [
      ...f.oracle(
        `SELECT c.name FROM companies c JOIN people p ON p.company_id = c.id WHERE p.email IS NOT NULL
         GROUP BY c.id ORDER BY COUNT(*) DESC, c.name LIMIT 2`,
      ),
    ] as string[];
    const both = `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name IN (?, ?)`;
    const expected = f.oracle(`${both} AND p.email IS NOT NULL`, a, b);
    for (const q of [`${a} and ${b} staff`, `${a}, ${b} employees`, `${a} or ${b} people`]) {
      const asked = f.ask(q);
      expect(asked.kind === 'sql' ? asked.interpretation : '', q).toMatch(/^people /);
      expect(new Set(column(asked, 'email').filter((e) => e !== null)), q).toEqual(expected);
    }
    // the most common country among them: the people's own place, not companies employing someone there
    const country = [
      ...f.oracle(
        `SELECT p.country FROM people p JOIN companies c ON c.id = p.company_id WHERE c.name IN (?, ?)
         AND p.country IS NOT NULL AND p.email IS NOT NULL GROUP BY p.country ORDER BY COUNT(*) DESC, p.country LIMIT 1`,
        a,
        b,
      ),
    ][0] as string;
    const there = f.oracle(`${both} AND p.country = ? AND p.email IS NOT NULL`, a, b, country);
    expect(there.size).toBeLessThan(expected.size);
    const asked = f.ask(`email addresses for ${a} and ${b} staff in ${country}`);
    expect(new Set(column(asked, 'email'))).toEqual(there);
  });
  it.each(['mail ids of X staff', 'e-mail id for X people', 'X employees - mail addresses', 'email ids of X staff'])(
    'any spelling of the mail noun before a noun of addresses or ids asks for e-mail addresses: %s',
    (q) => {
      const asked = f.ask(q.replace('X', company));
      expect(asked.kind).toBe('sql');
      expect(new Set(column(asked, 'email').filter((e) => e !== null))).toEqual(at(company, 'p.email IS NOT NULL'));
      expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/e-mail addresses/);
    },
  );
});
