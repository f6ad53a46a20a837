import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, sql, type Fixture } from '../testkit';

warnIfNoRealData('dimension clauses');

/**
 * "by the role they play": a contact relative clause after a grouping's dimension, its subject the rows grouped and its
 * object the dimension itself, restates the dimension: the same grouping as the dimension alone, no word asked back.
 */
describe.runIf(hasRealData)('a clause restating the dimension of a grouping (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    [
      'break down the companies at AHICE South East Asia by the role they play',
      'companies at AHICE South East Asia by role',
    ],
    [
      'split the AHICE South East Asia companies by the role they have there',
      'companies at AHICE South East Asia by role',
    ],
    [
      'companies at AHICE South East Asia grouped by the role they are in',
      'companies at AHICE South East Asia by role',
    ],
    [
      'companies at Aviation Festival Asia 2025 by the country they are in',
      'companies at Aviation Festival Asia 2025 by country',
    ],
    ['count the people at SAP by the function they work in', 'count the people at SAP by function'],
    ['group the events in 2025 by the month it starts', 'group the events in 2025 by month'],
  ])('"%s" is "%s"', (said, plain) => {
    const asked = f.ask(said);
    expect(asked.kind).toBe('sql');
    expect(sql(asked)).toBe(sql(f.ask(plain)));
  });

  it('a clause holding a value is no restatement: the value is never dropped', () => {
    const asked = f.ask('companies at AHICE South East Asia by the role they play in 2025');
    if (asked.kind === 'sql') expect(sql(asked)).toMatch(/2025/);
  });
});
