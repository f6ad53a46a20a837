import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { column, realFixture, titleSaysSql, type Fixture } from '../../testkit';

/** "senior" / "junior" read by what they qualify, on the real data. */
describe.runIf(hasRealData)('seniority adjectives (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const people = (where: string): Set<unknown> =>
    f?.oracle(`SELECT p.full_name FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE ${where}`) ??
    new Set();
  const names = (q: string): Set<unknown> => {
    const asked = f?.ask(q);
    expect(asked?.kind, q).toBe('sql');
    return new Set(asked?.kind === 'sql' ? column(asked, 'full_name') : []);
  };
  const leadership = "p.seniority IN ('c_level', 'vp', 'director', 'head')";

  it('"senior managers" are managers whose title says senior manager, never Senior OR Manager', () => {
    const asked = f?.ask('senior managers');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(/job title mentions senior manager/);
    const expected = people(
      `p.seniority = 'manager' AND ${titleSaysSql('senior manager', 'sr manager', 'snr manager')}`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(names('senior managers')).toEqual(expected);
  });

  it('"senior marketing managers": the level, the function and the word senior', () => {
    const expected = people(
      `p.seniority = 'manager' AND ${titleSaysSql('senior', 'sr', 'snr')} AND EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = 'marketing')`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(names('senior marketing managers')).toEqual(expected);
  });

  it('"senior people" / "senior staff" are the leadership levels, not the level of titles saying Senior', () => {
    const [company] = f?.oracle(
      `SELECT c.name FROM companies c JOIN people p ON p.company_id = c.id WHERE ${leadership} GROUP BY c.id ORDER BY count(*) DESC, c.name LIMIT 1`,
    ) ?? [undefined];
    expect(typeof company).toBe('string');
    expect(names(`senior people at ${String(company)}`)).toEqual(
      people(`${leadership} AND c.name = '${String(company).replace(/'/g, "''")}'`),
    );
    const asked = f?.ask('how many senior staff are there');
    const [count] = f?.oracle(`SELECT count(*) FROM people p WHERE ${leadership}`) ?? [];
    expect(asked?.kind === 'sql' ? asked.rows[0]?.[0] : null).toBe(count);
    // with a function between: the senior sales people are the sales leaders
    expect(names('senior sales people')).toEqual(
      people(
        `${leadership} AND EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = 'sales')`,
      ),
    );
  });

  it('"senior engineers" keep the level of the titles: a role noun, not people in general', () => {
    const asked = f?.ask('senior engineers');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(/seniority is Senior/);
  });

  it('"executives" / "execs" are the C-level and VPs or the executive function: the CFO and the founders alike', () => {
    const where = `(p.seniority IN ('c_level', 'vp') OR EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = 'executive')) AND c.name = 'PayPal'`;
    const expected = people(where);
    // the executive function alone leaves out the chief officers of other functions (a CFO is finance)
    expect([...people(`p.seniority = 'c_level' AND c.name = 'PayPal'`)].every((x) => expected.has(x))).toBe(true);
    expect(expected.size).toBeGreaterThan(people(`p.job_function = 'executive' AND c.name = 'PayPal'`).size);
    for (const q of ['who are the executives at PayPal', 'execs at PayPal', 'senior executives at PayPal'])
      expect(names(q), q).toEqual(expected);
    const asked = f?.ask('execs at PayPal');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(
      /seniority is C-level or VP, or whose job functions include Executive/,
    );
  });

  it('"people who are not executives": neither level nor function', () => {
    const asked = f?.ask('how many people are not executives');
    const [count] =
      f?.oracle(
        `SELECT count(*) FROM people p WHERE NOT (COALESCE(p.seniority IN ('c_level', 'vp'), 0) OR EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = 'executive'))`,
      ) ?? [];
    expect(asked?.kind === 'sql' ? asked.rows[0]?.[0] : null).toBe(count);
  });
});
