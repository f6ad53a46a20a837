import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

/**
 * The real data has an industry named by job functions ("... / Sales and Marketing"): typed where people are
 * described, the words are the functions; only where the sentence puts an industry are they the industry.
 */
describe.runIf(hasRealData)('industry names made of job functions (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const interpretation = (q: string): string => {
    const asked = f?.ask(q);
    return asked?.kind === 'sql' ? asked.interpretation : `not answered: ${asked?.kind ?? 'no fixture'}`;
  };

  it.each([
    // the usual list sense is the union; "both" or "covers" the intersection
    ['people in sales and marketing', /^people whose job functions include (Sales or Marketing|Marketing or Sales)/],
    ['who works in sales and marketing at Zscaler', /job functions include (Sales or Marketing|Marketing or Sales)/],
    ['people in both sales and marketing roles', /^people whose job functions include both Sales and Marketing/],
    ['how many people do both sales and marketing', /job functions include both Sales and Marketing/],
  ])('%s: the job functions, no industry', (q, expected) => {
    if (!f) return;
    const text = interpretation(q);
    expect(text).toMatch(expected);
    expect(text).not.toContain('industry');
  });

  it.each([
    'companies in sales and marketing',
    'sales and marketing companies',
    'companies in the sales and marketing industry',
  ])('%s: the industry', (q) => {
    if (!f) return;
    expect(interpretation(q)).toMatch(/^companies in the .*Sales and Marketing industry/);
  });
});
