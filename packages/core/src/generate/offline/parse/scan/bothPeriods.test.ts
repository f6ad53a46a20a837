import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * "Both <period> and <period>" said of taking part is an event in each (zb058 answered every company at an event of
 * either year, 722 rows, as one window spanning both).
 */
describe.runIf(hasRealData)('both of two periods (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    'which cos show up at events both this year and next year',
    'companies at events in both 2024 and 2025',
    'companies at events in 2024 as well as 2025',
  ])('%s: the companies at an event of each year', (q) => {
    const inYear = (y: string): string =>
      `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE e.start_date LIKE '${y}-%'`;
    const expected = f.oracle(`${inYear('2024')} INTERSECT ${inYear('2025')}`);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q), 'company'))).toEqual(expected);
  });

  it('periods listed without "both" stay one window', () => {
    const asked = f.ask('companies at events in 2024 and 2025');
    expect(asked.kind === 'sql' && asked.interpretation).toContain('2024-01-01..2025-12-31');
  });
});
