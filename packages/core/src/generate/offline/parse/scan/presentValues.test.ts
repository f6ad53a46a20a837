import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, sql, type Fixture } from '../../testkit';

warnIfNoRealData('fields said to be there');

/**
 * A qualifier saying a field is there restricts the set ("(only those with a website)", "among those with revenue
 * data", "excluding the ones with no employees listed", "(of the ones that have any)" after a ranked field); it is
 * never dropped, and a bare "with their revenue" still only shows the value (`parse/scan/missingValues.ts`).
 */
describe.runIf(hasRealData)('fields said to be there (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** The companies at one event whose `column` is (not) filled, from the data. */
  const companiesAt = (event: string, filled: string | null, relation?: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE e.name = ? ${relation ? 'AND p.relation = ?' : ''} ${filled ? `AND c.${filled} IS NOT NULL AND c.${filled} <> ''` : ''}`,
      ...(relation ? [event, relation] : [event]),
    );
  const names = (q: string): Set<unknown> => new Set(column(f.ask(q), 'company'));

  it.each([
    ['list the sponsors of Aviation Festival Asia 2025 (only those with a website)', 'homepage_url'],
    ['sponsors of Aviation Festival Asia 2025 among those with revenue data', 'revenue_usd'],
    ['sponsors of Aviation Festival Asia 2025 with revenue listed', 'revenue_usd'],
    ['sponsors of Aviation Festival Asia 2025 that have a phone number', 'phone'],
    ['sponsors of Aviation Festival Asia 2025 where revenue is available', 'revenue_usd'],
    ['sponsors of Aviation Festival Asia 2025 (ignore the ones with no revenue)', 'revenue_usd'],
  ])('%s keeps only the companies with the field', (q, filled) => {
    const expected = companiesAt('Aviation Festival Asia 2025', filled, 'sponsor');
    expect(expected.size).toBeLessThan(companiesAt('Aviation Festival Asia 2025', null, 'sponsor').size);
    expect(names(q)).toEqual(expected);
  });

  // any verb of having, with or without a relative pronoun, before a determiner or "known" and the field: a presence
  // condition, never an aggregate of the field ("how many companies have a known revenue figure" was a SUM of revenue)
  it.each([
    ['How many distinct companies have a known revenue figure?', 'revenue_usd'],
    ['how many companies have a website', 'homepage_url'],
    ['how many companies has any known phone number', 'phone'],
    ['count the companies having a known founding year', 'founded_year'],
  ])('%s counts the companies with the field', (q, filled) => {
    const asked = f.ask(q);
    // each company once by name (compile/identity.ts): Mitsubishi Electric's two domains are one company
    const expected = f.db
      .prepare(`SELECT COUNT(DISTINCT name) FROM companies WHERE ${filled} IS NOT NULL AND ${filled} <> ''`)
      .pluck()
      .get();
    expect(asked.kind === 'sql' ? asked.rows[0]?.[0] : null).toBe(expected);
    expect(sql(asked)).not.toMatch(/SUM\(/);
  });

  // the field had "for" the rows asked, its preposition stranded at the end; a person's field as a company's
  it.each([
    ['how many companies do we have a phone number for?', 'companies', 'phone', 'COUNT(DISTINCT name)'],
    ['how many people have an email format', 'people', 'email_pattern', 'COUNT(*)'],
    ['how many of our contacts do we have an email pattern for', 'people', 'email_pattern', 'COUNT(*)'],
  ])('%s counts the rows with the field', (q, table, filled, counted) => {
    const asked = f.ask(q);
    const expected = f.db
      .prepare(`SELECT ${counted} FROM ${table} WHERE ${filled} IS NOT NULL AND ${filled} <> ''`)
      .pluck()
      .get();
    expect(asked.kind === 'sql' ? asked.rows[0]?.[0] : null).toBe(expected);
  });

  it('an excluded clause of companies with no employee count listed leaves those with one', () => {
    const q = 'companies at Commodity Trading Week APAC, excluding the ones with no employees listed';
    expect(names(q)).toEqual(companiesAt('Commodity Trading Week APAC', 'employees_min'));
  });

  it('"with their revenue" shows the revenue of every company', () => {
    const asked = f.ask('sponsors of Aviation Festival Asia 2025 with their revenue');
    expect(new Set(column(asked, 'company'))).toEqual(companiesAt('Aviation Festival Asia 2025', null, 'sponsor'));
    expect(column(asked, 'revenue_usd').some((v) => v === null)).toBe(true);
  });

  it('"(of the ones that have any)" after a ranked field restricts by that field', () => {
    const asked = f.ask('which sponsors have the highest revenue (of the ones that have any)');
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/with a known revenue/);
    expect(column(asked, 'revenue_usd').every((v) => v !== null)).toBe(true);
  });

  it('"that have any" with no field said before is asked about, never dropped', () => {
    expect(f.ask('companies at Seamless Asia 2025 (of the ones that have any)').kind).toBe('clarify');
  });

  it('"(just the ones in Germany)" with no earlier turn is said of the question\'s own set', () => {
    const expected = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE e.name = 'Aviation Festival Asia 2025' AND p.relation = 'sponsor' AND c.country = 'Germany'`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(names('sponsors of Aviation Festival Asia 2025 (just the ones in Germany)')).toEqual(expected);
  });
});
