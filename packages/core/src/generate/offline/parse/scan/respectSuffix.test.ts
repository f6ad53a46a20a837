import { describe, expect, it } from 'vitest';
import { demoScanner, interpretationOf } from '../../testkit';

/** The measure a superlative or an order is by, said with a word of respect instead of "by". */
describe('measures said with "-wise" or "in terms of" (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['the largest sponsor, revenue-wise', 'the largest sponsor by revenue'],
    ['which exhibitor is the biggest headcount wise', 'which exhibitor is the biggest by headcount'],
    ['the biggest sponsor in terms of revenue', 'the biggest sponsor by revenue'],
    ['top 3 companies with respect to employees', 'top 3 companies by employees'],
    // money itself before the suffix: the revenue a company makes
    ['the biggest sponsor $$-wise', 'the biggest sponsor by revenue'],
    ['which exhibitor is largest money-wise', 'which exhibitor is largest by revenue'],
    ['top 5 partners cash wise', 'top 5 partners by revenue'],
    ['who is the biggest company $$$ wise', 'who is the biggest company by revenue'],
    ['the smallest sponsor size-wise', 'the smallest sponsor by size'],
    ['the biggest company staff-wise', 'the biggest company by staff'],
  ])('%s reads as "%s"', (q, same) => {
    // the suffix was asked back ("wise"), "terms" too
    const expected = read(same);
    expect(expected).toMatch(/ranked by/);
    expect(read(q)).toBe(expected);
  });

  it('the suffix after a word that is no measure stays unread', () => {
    expect(fixture().ask('the largest sponsor, colour-wise').kind).not.toBe('sql');
  });
});
