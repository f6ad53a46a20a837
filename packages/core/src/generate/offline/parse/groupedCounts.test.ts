import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../testkit';

/**
 * A count grouped "by company" (said at once or as a follow-up, "group that by company") groups the counted rows: a
 * company with none of them is no group, while "for each company ..." and "including zeros" list every member.
 * Real data.
 */
describe.skipIf(!hasRealData)('counts grouped by company (real data)', () => {
  warnIfNoRealData('groupedCounts');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const withSales = (): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN people p ON p.company_id = c.id
       JOIN person_job_functions j ON j.person_id = p.id AND j.job_function = 'sales'
       WHERE c.id IN (SELECT pa.company_id FROM participations pa JOIN events e ON e.id = pa.event_id
                      WHERE pa.relation = 'partner' AND e.name LIKE 'Cyber Security Summit%')`,
    );

  it.each([
    ['how many sales people are there at the cyber security summit partners, by company'],
    ['how many sales people are there at the cyber security summit partners', 'break that down by company'],
  ])('%j lists only the partners with sales people, each with its number', (...qs) => {
    const r = f.ask(...qs);
    expect(r.kind).toBe('sql');
    if (r.kind !== 'sql') return;
    expect(new Set(column(r, 'company'))).toEqual(withSales());
    expect(r.interpretation).toMatch(/counted by company/);
    expect(r.interpretation).not.toMatch(/number of rows/);
  });

  it('"including zeros" keeps the partners with none', () => {
    const r = f.ask('how many sales people at the cyber security summit partners, by company, zeros included');
    expect(r.kind === 'sql' && r.rows.length).toBeGreaterThan(withSales().size);
  });
});

/** A grouping noun right after its dimension ("seniority split", "function breakdown") groups by it wherever it stands. */
describe.skipIf(!hasRealData)('a dimension before a grouping noun (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each([
    ['siemens seniority split: how many VPs and directors'],
    ['the function breakdown for google people'],
    ['google people, function split'],
  ])('%j counts per value of the dimension, not one total', (q) => {
    const r = f.ask(q);
    expect(r.kind).toBe('sql');
    if (r.kind !== 'sql') return;
    expect(r.interpretation).toMatch(/counted by (seniority|job function)/);
    expect(r.interpretation).not.toMatch(/showing/);
    expect(r.rows.length).toBeGreaterThan(1);
  });
});
