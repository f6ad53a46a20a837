import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * Role words read as the roles they name, on the real data: a role inside a job function is a title, a relation
 * noun said of a company is a title, a function phrase keeps its words, "it" before a people noun is the function.
 */
describe.runIf(hasRealData)('role words (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  /** The people whose title holds one of the phrases as whole words (lower case, punctuation as spaces). */
  const titled = (where: string, ...phrases: string[]): Set<unknown> => {
    if (!f) return new Set();
    const padded = "(' ' || lower(replace(replace(replace(p.job_title, ',', ' '), '-', ' '), '/', ' ')) || ' ')";
    const any = phrases.map((x) => `${padded} LIKE '% ${x} %'`).join(' OR ');
    return f.oracle(
      `SELECT p.full_name FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE (${any}) AND ${where}`,
    );
  };

  it.each([
    // a role inside a function names fewer people than the function: recruiters are HR, most of HR recruit nobody
    [
      'recruiters in the united states',
      "p.country = 'United States'",
      ['recruiter', 'recruiting', 'recruitment', 'talent acquisition'],
    ],
    [
      'procurement contacts',
      '1 = 1',
      ['procurement', 'purchasing', 'purchase', 'purchaser', 'buyer', 'sourcing', 'supplier management'],
    ],
    // "admin" after "in" was the Government Administration industry (zc142): the administrative staff
    ['anyone in admin in singapore', "p.country = 'Singapore'", ['admin', 'administrator', 'administrative']],
    // the SDRs' team is "sales development" (its managers too); "business development" is all of BD, not the BDRs
    ['list the SDRs', '1 = 1', ['sdr', 'sales development representative', 'sales development']],
    ['list the BDRs', '1 = 1', ['bdr', 'business development representative']],
    // alone, business development is the title words
    [
      'business development people at Kymeta',
      "c.name = 'Kymeta Corporation'",
      ['business development', 'business developer'],
    ],
    // a relation noun said of a company, no event asked: the title, not companies related to a company
    ['who are the partners at Enterprise Singapore', "c.name = 'Enterprise Singapore'", ['partner']],
    ['associates at CBRE', "c.name = 'CBRE'", ['associate']],
    // the grammar makes the noun employees: the subject of a verb of employment, what a company has
    ['list the associates working at CBRE', "c.name = 'CBRE'", ['associate']],
    ['which associates work at CBRE', "c.name = 'CBRE'", ['associate']],
    ['partners employed by Enterprise Singapore', "c.name = 'Enterprise Singapore'", ['partner']],
  ])('%s: the people whose title says so', (q, where, phrases) => {
    if (!f) return;
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/^people whose job title mentions/);
    const expected = titled(where, ...phrases);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(asked, 'full_name'))).toEqual(expected);
  });

  it('"how many associates does CBRE have" counts the people whose title says associate', () => {
    const asked = f?.ask('how many associates does CBRE have');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(/people whose job title mentions associate/);
    expect(asked?.kind === 'sql' ? asked.rows[0]?.[0] : null).toBe(titled("c.name = 'CBRE'", 'associate').size);
  });

  it('employees even with an event named: "partners working at companies sponsoring Seamless Asia 2025"', () => {
    const asked = f?.ask('partners working at companies sponsoring Seamless Asia 2025');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(/^people whose job title mentions partner/);
  });

  it('a relation noun with an event keeps its relation: "partners of Seamless Asia 2025"', () => {
    const asked = f?.ask('partners of Seamless Asia 2025');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(/^companies that are partners of events/);
  });

  it.each([
    ['customer success people at impact.com', 'Customer success'],
    ['who are the it people at Kymeta', 'IT'],
    ['list the it managers', 'IT'],
    // listed with another function, a lower-case "it" is one of the functions, never dropped
    ['who are the it and marketing people at Dyson', 'IT or Marketing'],
    ['sales and it people at Dyson', 'Sales or IT'],
    // a role listed with a function is read as the function it lies inside: the union, not people who are both
    ['legal and procurement people at Airbus', 'Legal or Operations'],
    // business development lies inside sales; "business" opening the role is no noun of companies ("sales
    // businesses"), so "sales" stays the function, not an industry
    ['VPs of sales or business development at Aviation Festival Asia 2025 sponsors', 'Sales'],
    ['sales or biz dev people at Kymeta', 'Sales'],
  ])('%s: the function, every word read', (q, label) => {
    const asked = f?.ask(q);
    expect(asked?.kind, q).toBe('sql');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toContain(`job functions include ${label}`);
  });

  it('"C-suite executives" are the C-level, not also the executive function', () => {
    const asked = f?.ask('List the C-suite executives at PayPal');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(/^people whose seniority is C-level, working at/);
  });

  it('"it" stays a pronoun before anything but a people noun', () => {
    const asked = f?.ask('which company is it that has the most people');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').not.toContain('job functions');
  });
});
