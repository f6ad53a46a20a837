import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, demoFixture, realFixture, type Fixture } from '../../testkit';

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('contacts in the data against the stated size on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('contactsVsSize');
  });
  afterAll(() => f?.close());

  const contacts = '(SELECT COUNT(*) FROM people p WHERE p.company_id = c.id)';

  it.each([
    'Which companies have more contacts in our database than their stated number of employees?',
    'companies with more people than employees',
    'which firms have more contacts than staff',
  ])('%s', (q) => {
    if (!f) return;
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql')
      expect(asked.interpretation).toContain('more contacts in the data than their stated employees');
    expect(new Set(column(asked, 'domain'))).toEqual(
      f.oracle(`SELECT c.domain FROM companies c WHERE ${contacts} > COALESCE(c.employees_max, c.employees_min)`),
    );
  });

  it('fewer contacts than employees is below the lower end of the band', () => {
    if (!f) return;
    const asked = f.ask('companies with fewer contacts than employees');
    expect(new Set(column(asked, 'domain'))).toEqual(
      f.oracle(`SELECT c.domain FROM companies c WHERE ${contacts} < c.employees_min`),
    );
  });

  it('"the most employees" ranks by the stated size, "the most contacts" by the people in the data', () => {
    if (!f) return;
    const size = f.ask('which company has the most employees');
    if (size.kind === 'sql') expect(size.interpretation).toContain('ranked by size');
    const people = f.ask('which company has the most contacts');
    if (people.kind === 'sql') expect(people.interpretation).toContain('ranked by number of contacts');
    expect([size.kind, people.kind]).toEqual(['sql', 'sql']);
  });
});
