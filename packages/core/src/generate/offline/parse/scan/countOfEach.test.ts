import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Asked, type Fixture } from '../../testkit';

warnIfNoRealData('count of each listed value');

/** The rows of an answer as label -> number (the first column and the last). */
function counts(asked: Asked): Map<string, number> {
  if (asked.kind !== 'sql') throw new Error(`expected SQL, got ${asked.kind}`);
  return new Map(asked.rows.map((r) => [String(r[0]), Number(r[r.length - 1])]));
}

/**
 * "X and Y ..., how many of each": the "each" ranges over the values listed, one count per value, as "X vs Y" gives.
 * Before, "each" before the relation noun grouped by company (one row per company, each 1) and the levels were one
 * total of their union.
 */
describe.runIf(hasRealData)('a count of each of the values listed (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('relations, levels and functions listed, then "how many of each" / "how many each" / "count each"', () => {
    for (const [asked, contrast] of [
      [
        'exhibitors and sponsors at Commodity Trading Week APAC, how many of each?',
        'exhibitors vs sponsors at Commodity Trading Week APAC',
      ],
      ['how many of each: directors and VPs at Google', 'directors vs VPs at Google'],
      ['directors and VPs at Google - how many each', 'directors vs VPs at Google'],
      [
        'sales and marketing people at Amazon Web Services, count each',
        'sales vs marketing people at Amazon Web Services',
      ],
    ] as const) {
      const expected = counts(f.ask(contrast));
      expect(expected.size, contrast).toBe(2);
      expect(counts(f.ask(asked)), asked).toEqual(expected);
    }
  });

  it('"for each of" a set of companies keeps its count per company', () => {
    const asked = f.ask('for each of the sponsors at Commodity Trading Week APAC, how many people');
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toContain('each with its number of people');
  });
});
