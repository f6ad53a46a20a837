import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../testkit';

/** A share of a set having a property: how many have it, of how many, and the percentage (never a "share" column). */
describe('share questions (demo data)', () => {
  let f: Fixture;
  let country = '';
  beforeAll(async () => {
    f = await demoFixture();
    // the country most sponsors are placed in, so the share is neither none nor all
    country = String(
      [
        ...f.oracle(
          `SELECT c.country FROM companies c JOIN participations p ON p.company_id = c.id
           WHERE p.relation = 'sponsor' AND c.country IS NOT NULL GROUP BY c.country ORDER BY COUNT(DISTINCT c.name) DESC LIMIT 1`,
        ),
      ][0],
    );
  });
  afterAll(() => f.close());

  it.each([
    'what share of sponsors are from %C, as a percentage',
    'what percentage of the sponsors are in %C',
    'what proportion of sponsors are based in %C',
  ])('%s: the sponsors there, all the sponsors, and the percentage', (q) => {
    const asked = f.ask(q.replace('%C', country));
    if (asked.kind !== 'sql') throw new Error(`not answered: ${asked.kind}`);
    expect(asked.interpretation).toMatch(
      /^share of companies that are sponsors of events .*that are also among companies in /,
    );
    const [counts] = f.db
      .prepare(
        `SELECT COUNT(DISTINCT CASE WHEN c.country = ? THEN c.name END), COUNT(DISTINCT c.name) FROM companies c
         JOIN participations p ON p.company_id = c.id WHERE p.relation = 'sponsor'`,
      )
      .raw(true)
      .all(country) as [number, number][];
    const [matching, total] = counts ?? [0, 0];
    expect(asked.rows).toEqual([[matching, total, Math.round((1000 * matching) / total) / 10]]);
    expect(matching).toBeGreaterThan(0);
    expect(matching).toBeLessThan(total);
  });

  it('a share of something that is no set of the data is not read as one', () => {
    // a market share: no rows of the data have it, so it stays a detail the data does not hold
    expect(f.ask('what share of the market do the sponsors have').kind).not.toBe('sql');
  });
});
