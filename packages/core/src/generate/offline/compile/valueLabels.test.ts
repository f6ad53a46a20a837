import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../testkit';
import { VALUE_LABELS, valueLabel } from './valueLabels';

warnIfNoRealData('stored codes shown in words');

describe('valueLabel', () => {
  it('says a code in words', () => {
    expect(valueLabel('c_level')).toBe('C-level');
    expect(valueLabel('customer_success')).toBe('Customer success');
    expect(valueLabel('director')).toBe('Director');
  });
});

/** A grouping by seniority or job function shows the codes in words, with the same counts as the stored codes. */
describe.runIf(hasRealData)('groupings show codes in words (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['how many people per seniority level', 'seniority'],
    ['number of people by job function', 'job_function'],
  ])('%s', (q, column) => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`expected SQL, got ${asked.kind}`);
    const stored = f.db
      .prepare(`SELECT ${column}, COUNT(*) FROM people WHERE ${column} IS NOT NULL GROUP BY ${column}`)
      .raw(true)
      .all() as [string, number][];
    expect(new Map(asked.rows as [string, number][])).toEqual(
      new Map(stored.map(([code, n]) => [code in VALUE_LABELS ? valueLabel(code) : code, n])),
    );
    expect(asked.rows.some((r) => /_/.test(String(r[0])))).toBe(false);
  });
});
