import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../testkit';
import { countedPeopleRows, dataQualifierEnd } from './peopleRowCounts';

describe('countedPeopleRows / dataQualifierEnd', () => {
  it.each([
    ['people in our data', 4],
    ['contacts in the database', 4],
    ['people on file', 3],
    ['people listed', 2],
    ['people in the people table', 5],
    ['staff we have', 3],
  ])('"%s" names rows of the data', (text, end) => {
    expect(countedPeopleRows(text.split(' '), 0)?.end).toBe(end);
  });

  it.each([
    ['people in sales', 3, ['sales'], [], 'sales people'],
    ['employees in marketing', 3, ['marketing'], [], 'marketing employees'],
    ['engineers', 1, ['engineering'], [], 'engineers'],
    ['salespeople', 1, ['sales'], [], 'salespeople'],
    ['directors', 1, [], ['director'], 'directors'],
    ['c level people', 3, [], ['c_level'], 'c level people'],
  ])('a job named with the people counts rows of the data: "%s"', (text, end, functions, seniorities, words) => {
    expect(countedPeopleRows(text.split(' '), 0)).toEqual({ end, functions, seniorities, words });
  });

  it('a stated size is not rows of the data; a function before the noun always is', () => {
    expect(countedPeopleRows(['employees'], 0)).toBeNull();
    expect(countedPeopleRows(['people', 'in', 'germany'], 0)).toBeNull();
    expect(countedPeopleRows(['sales', 'contacts'], 0)).toEqual({
      end: 2,
      functions: ['sales'],
      seniorities: [],
      words: 'sales contacts',
    });
    expect(dataQualifierEnd(['in', 'germany'], 0)).toBeNull();
  });
});

describe('companies: stated size versus contacts in the data (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const rows = (extra = ''): string =>
    `(SELECT COUNT(*) FROM people p WHERE p.company_id = c.id${extra ? ` AND ${extra}` : ''})`;
  const domains = (q: string): Set<unknown> => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    return new Set(column(asked, 'domain'));
  };

  it('"more than 5 employees" is the size band', () => {
    expect(domains('companies with more than 5 employees')).toEqual(
      f.oracle('SELECT c.domain FROM companies c WHERE c.employees_min > 5'),
    );
  });

  it.each([
    'companies with more than 5 people in our data',
    'companies with more than 5 people on file',
    'companies that have more than 5 people listed',
  ])('%s counts people rows', (q) => {
    expect(domains(q)).toEqual(f.oracle(`SELECT c.domain FROM companies c WHERE ${rows()} > 5`));
  });

  it('"more than 1 sales contacts" counts the people whose functions include sales (never revenue)', () => {
    const sales = `EXISTS (SELECT 1 FROM person_job_functions x WHERE x.person_id = p.id AND x.job_function = 'sales')`;
    const asked = f.ask('companies with more than 1 sales contacts');
    if (asked.kind === 'sql') expect(asked.interpretation).not.toMatch(/revenue/);
    expect(domains('companies with more than 1 sales contacts')).toEqual(
      f.oracle(`SELECT c.domain FROM companies c WHERE ${rows(sales)} > 1`),
    );
  });
});
