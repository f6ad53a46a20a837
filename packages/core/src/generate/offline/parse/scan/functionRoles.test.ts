import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { column, realFixture, titleSaysSql, type Fixture } from '../../testkit';

/**
 * A function word right before a role noun or another function word is one role, on the real data: the role
 * within the function when the ingestion's derivation files the phrase under it, else a title of its own; never
 * the union of two functions, never the role noun dropped.
 */
describe.runIf(hasRealData)('a function word before a role noun (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const withFunction = (fn: string): string =>
    `EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = '${fn}')`;
  const people = (where: string): Set<unknown> =>
    f?.oracle(`SELECT p.full_name FROM people p WHERE ${where}`) ?? new Set();

  it.each([
    // the derivation files "sales engineer" under sales: the sales people whose title says engineer
    ['list the sales engineers', 'Sales', withFunction('sales'), titleSaysSql('engineer')],
    ['finance officers', 'Finance', withFunction('finance'), titleSaysSql('officer')],
    ['hr officers', 'HR', withFunction('hr'), titleSaysSql('officer')],
    // a role of two words the titles use, after the function word ("business" is no theme marker here)
    ['hr business partners', 'HR', withFunction('hr'), titleSaysSql('business partner')],
  ])('%s: the function and the role as a title', (q, label, fn, role) => {
    const asked = f?.ask(q);
    expect(asked?.kind, q).toBe('sql');
    if (asked?.kind !== 'sql') return;
    expect(asked.interpretation).toContain(`job functions include ${label},`);
    expect(asked.interpretation).toContain('job title mentions');
    expect(asked.interpretation).not.toContain(' or ');
    const expected = people(`${fn} AND ${role}`);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(asked, 'full_name'))).toEqual(expected);
  });

  it('"finance officers" include the chief financial officers (an officer whose function is finance)', () => {
    const asked = f?.ask('finance officers');
    const cfo = people(`${withFunction('finance')} AND ${titleSaysSql('chief financial officer')}`);
    expect(cfo.size).toBeGreaterThan(0);
    for (const name of cfo) expect(asked?.kind === 'sql' ? column(asked, 'full_name') : []).toContain(name);
  });

  it('"marketing assistants": an Assistant Marketing Manager is a manager, no assistant', () => {
    const asked = f?.ask('list the marketing assistants');
    expect(asked?.kind).toBe('sql');
    if (asked?.kind !== 'sql') return;
    const names = new Set(column(asked, 'full_name'));
    const qualifying = people(
      `${withFunction('marketing')} AND ${titleSaysSql('assistant manager', 'assistant director')}`,
    );
    expect(qualifying.size).toBeGreaterThan(0);
    for (const name of qualifying) expect(names.has(name), String(name)).toBe(false);
    expect(names).toEqual(
      people(
        `${withFunction('marketing')} AND ${titleSaysSql('assistant')} AND NOT ${titleSaysSql('assistant manager', 'assistant director', 'assistant vice president', 'assistant general manager')}`,
      ),
    );
  });

  it.each([
    // an executive assistant is no executive, a sales coordinator is operations (the conventions' support roles)
    ['executive assistants', ['executive assistant']],
    ['who are the sales coordinators', ['sales coordinator']],
    // two function words naming one team inside a function, short forms both ways
    ['sales ops people', ['sales ops', 'sales operations']],
  ])('%s: a title of its own', (q, phrases) => {
    const asked = f?.ask(q);
    expect(asked?.kind, q).toBe('sql');
    if (asked?.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/^people whose job title mentions/);
    expect(asked.interpretation).not.toContain('job functions include');
    const expected = people(titleSaysSql(...phrases));
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(asked, 'full_name'))).toEqual(expected);
  });

  it('"how many sales ops people" counts the titles, not sales or operations', () => {
    const asked = f?.ask('how many sales ops people are there');
    const [count] =
      f?.oracle(`SELECT count(*) FROM people p WHERE ${titleSaysSql('sales ops', 'sales operations')}`) ?? [];
    expect(count).toBeGreaterThan(0);
    expect(asked?.kind === 'sql' ? asked.rows[0]?.[0] : null).toBe(count);
  });

  it.each([
    // a function word and a seniority noun: the function and the level of the derived columns
    ['hr directors', 'HR', 'Director'],
    ['engineering managers', 'Engineering', 'Manager'],
  ])('%s: the function and the seniority', (q, fn, level) => {
    const asked = f?.ask(q);
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(
      new RegExp(`job functions include ${fn}, whose seniority is ${level}`),
    );
  });

  it('"engineers in sales" is the role within the function, as "sales engineers", never the union', () => {
    const asked = f?.ask('engineers in sales');
    const same = f?.ask('list the sales engineers');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').not.toContain('Engineering or Sales');
    expect(new Set(asked?.kind === 'sql' ? column(asked, 'full_name') : [])).toEqual(
      new Set(same?.kind === 'sql' ? column(same, 'full_name') : [null]),
    );
  });

  it('"engineers" include the sales engineers: the role noun names engineering, whatever the title also sells', () => {
    const asked = f?.ask('who are the engineers at companies attending events');
    expect(asked?.kind).toBe('sql');
    if (asked?.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/^people whose job functions include Engineering,/);
    const names = new Set(column(asked, 'full_name'));
    const salesEngineers = people(
      `${titleSaysSql('sales engineer', 'sales engineering')} AND p.company_id IN (SELECT company_id FROM participations)`,
    );
    expect(salesEngineers.size).toBeGreaterThan(0);
    for (const name of salesEngineers) expect(names.has(name), String(name)).toBe(true);
  });

  it('two words of one function are that function: "legal counsel" is the legal people, no narrower title', () => {
    const asked = f?.ask('legal counsel at companies sponsoring events');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(/^people whose job functions include Legal,/);
  });

  it('a list stays a list: "sales and engineering people", "sales marketing people" (two functions of one title)', () => {
    for (const q of ['sales and engineering people', 'sales marketing people']) {
      const asked = f?.ask(q);
      expect(asked?.kind === 'sql' ? asked.interpretation : '', q).toMatch(/job functions include Sales or \w+/);
    }
  });
});
