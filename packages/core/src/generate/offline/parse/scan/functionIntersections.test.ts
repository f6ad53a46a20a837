import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../../testkit';

// Demo data: titles such as "VP Sales & Marketing" give people two functions (person_job_functions).
describe('job functions: union by default, intersection by grammar (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const has = (fn: string): string =>
    `EXISTS (SELECT 1 FROM person_job_functions x WHERE x.person_id = p.id AND x.job_function = '${fn}')`;
  const ids = (q: string): Set<unknown> => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    return new Set(column(asked, 'email'));
  };

  it.each([
    'sales or marketing people',
    'list people in sales and marketing',
    'show me marketing or sales contacts',
    'people in charge of sales or marketing',
  ])('a list of functions is any of them: %s', (q) => {
    expect(ids(q)).toEqual(f.oracle(`SELECT p.email FROM people p WHERE ${has('sales')} OR ${has('marketing')}`));
  });

  it.each([
    'people who do both sales and marketing',
    'contacts whose role covers sales and marketing',
    'which people combine marketing and sales',
    'sales people who also do marketing',
    'marketing contacts that are also in sales',
    'which people have both a sales and a marketing role',
    'people responsible for both sales and marketing',
  ])('"both", a covering verb or "also" asks for every function: %s', (q) => {
    const expected = f.oracle(`SELECT p.email FROM people p WHERE ${has('sales')} AND ${has('marketing')}`);
    expect(expected.size).toBeGreaterThan(0);
    expect(ids(q)).toEqual(expected);
    const asked = f.ask(q);
    if (asked.kind === 'sql') expect(asked.interpretation).toMatch(/job functions include (both )?(Sales|Marketing)/);
  });

  it('a function counts even when it is not the primary one: marketing people include "VP Sales & Marketing"', () => {
    const marketing = ids('marketing people');
    expect(marketing).toEqual(f.oracle(`SELECT p.email FROM people p WHERE ${has('marketing')}`));
    expect(
      f.oracle(`SELECT p.email FROM people p WHERE p.job_function = 'sales' AND ${has('marketing')}`).size,
    ).toBeGreaterThan(0);
  });

  it('"sales but not marketing" leaves out everyone whose title also states marketing', () => {
    expect(ids('people in sales but not marketing')).toEqual(
      f.oracle(`SELECT p.email FROM people p WHERE ${has('sales')} AND NOT ${has('marketing')}`),
    );
  });
});
