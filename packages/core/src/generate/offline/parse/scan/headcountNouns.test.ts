/**
 * A compound noun of a company's head count ("staff size", "team size", "employee size") or an amount noun before
 * the measure ("number of employees", "no. of staff") compared with a number is the stated size filter: the
 * comparison attaches to the size noun beside it, never a field shown, a count of rows or a count of events.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

describe.runIf(hasRealData)('head count nouns compared with a number (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });

  it.each([
    ['exhibitors with a staff size above 2000', 'employees > 2000'],
    ['which sponsors have a team size below 200?', 'employees < 200'],
    ['speakers with an employee size over 5k', 'employees > 5000'],
    ['partners with no. of employees above 300', 'employees > 300'],
    ['list sponsors with a number of staff under 80', 'employees < 80'],
    ['companies whose workforce is over 20000 and that sponsor events', 'employees > 20000'],
  ] as const)('%s', (q, cond) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    if (a.kind !== 'sql') return;
    expect(a.interpretation, q).toContain(cond);
    // a filter on the companies' stated size, not their people rows nor a count
    expect(a.interpretation, q).not.toMatch(/employing people|number of companies/);
    expect(a.columns, q).toContain('company');
  });

  it('the same companies as the plain wording', () => {
    const a = f.ask('sponsors with staff size over 1000');
    const b = f.ask('sponsors with more than 1000 employees');
    expect(a.kind).toBe('sql');
    expect(b.kind).toBe('sql');
    if (a.kind === 'sql' && b.kind === 'sql') expect(a.rows.length).toBe(b.rows.length);
  });

  it('a count asked of the companies stays a count; a size of no company is still asked back', () => {
    const counted = f.ask('number of sponsors with more than 10000 employees');
    expect(counted.kind).toBe('sql');
    if (counted.kind === 'sql') expect(counted.interpretation).toContain('number of companies');
    expect(f.ask('events with size over 100').kind).not.toBe('sql');
  });
});
