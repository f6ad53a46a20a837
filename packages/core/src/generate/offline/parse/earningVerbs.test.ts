import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { type Fixture, interpretationOf, realFixture } from '../testkit';

/**
 * What a company makes or earns is its revenue, in every form of the verb: the progressive ("how much are the
 * sponsors making"), with a money noun ("how much money do they make", "make the most money") and in a ranking
 * ("earn the most"). A count of the companies, or a question back, answered another question.
 */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('verbs of earning read as the revenue');

describe.runIf(hasRealData)('verbs of earning read as the revenue (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());
  const read = (q: string): string => interpretationOf(f, q);

  it('sums the revenue for "how much are/do X making/earning/make (money)"', () => {
    const expected = read('how much revenue do the sponsors of worldchefs make');
    expect(expected).toMatch(/^sum of revenue/);
    for (const q of [
      'how much are the sponsors of worldchefs making',
      'how much are the sponsors of worldchefs earning',
      'how much money do the sponsors of worldchefs make',
    ])
      expect(read(q), q).toBe(expected);
  });

  it('"bring in / pull in" an amount is the revenue compared, the revenue said after it or not', () => {
    const expected = read('sponsors of worldchefs with revenue over 1 billion');
    expect(expected).toMatch(/revenue \(USD\) > 1000000000/);
    for (const q of [
      'sponsors of worldchefs that bring in over 1 billion',
      'sponsors of worldchefs pulling in over 1 billion',
    ])
      expect(read(q), q).toBe(expected);
    expect(read('sponsors of worldchefs that bring in more than $1 billion in revenue')).toMatch(
      /revenue \(USD\) > 1000000000/,
    );
  });

  it('ranks by revenue for "make the most money" / "earn the most" / "making the least"', () => {
    const expected = read('which 3 companies at worldchefs have the most revenue');
    expect(expected).toMatch(/ranked by revenue \(desc/);
    for (const q of [
      'which 3 companies at worldchefs make the most money',
      'which 3 companies at worldchefs earn the most',
    ])
      expect(read(q), q).toBe(expected);
    expect(read('which companies are making the least')).toMatch(/ranked by revenue \(asc/);
  });

  it('ranks by revenue for a verb of earning with its particle ("rakes in the most", "bring in the most revenue")', () => {
    const expected = read('which 3 companies at worldchefs have the most revenue');
    for (const q of [
      'which 3 companies at worldchefs rake in the most money',
      'which 3 companies at worldchefs pull in the most',
      'which 3 companies at worldchefs bring in the most revenue',
      'which 3 companies at worldchefs make the most revenue',
    ])
      expect(read(q), q).toBe(expected);
    expect(read('which company at worldchefs is bringing in the least revenue')).toMatch(/ranked by revenue \(asc/);
  });

  it("never reads a person's earning or a ranked noun of the data as revenue", () => {
    expect(read('how much are people at worldchefs earning')).not.toMatch(/revenue/);
    expect(read('which companies make the most employees happy')).not.toMatch(/revenue/);
  });
});
