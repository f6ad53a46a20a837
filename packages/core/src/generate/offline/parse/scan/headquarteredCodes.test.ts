/**
 * A lower-case country code before a participle of being headquartered ("us-based", "uk headquartered") or before a
 * headquarters noun modifying a noun of rows ("us hq sponsors") is where the companies are, even after a verb; the
 * pronoun "us" after a verb keeps its reading where no such word follows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

describe.runIf(hasRealData)('a country code before a headquarters word is a filter (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });

  it.each([
    ['count us-headquartered exhibitors', 'United States'],
    ['list us based speakers', 'United States'],
    ['count us hq exhibitors', 'United States'],
    ['find uk-based partners', 'United Kingdom'],
    ['get us headquartered companies that sponsor events', 'United States'],
  ] as const)('%s', (q, country) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    if (a.kind !== 'sql') return;
    expect(a.interpretation, q).toContain(`in ${country} (headquarters)`);
    expect(a.sql, q).toMatch(/"country" IN/);
  });

  it("a filter, not only a column: the count is of the country's companies alone", () => {
    const filtered = f.ask('count us-headquartered sponsors');
    const all = f.ask('count sponsors');
    expect(filtered.kind).toBe('sql');
    expect(all.kind).toBe('sql');
    if (filtered.kind !== 'sql' || all.kind !== 'sql') return;
    expect(Number(filtered.rows[0]?.[0])).toBeLessThan(Number(all.rows[0]?.[0]));
  });

  it.each(['show us companies in germany', 'give us hq addresses of the sponsors'])(
    '%s keeps "us" the pronoun',
    (q) => {
      const a = f.ask(q);
      if (a.kind === 'sql') expect(a.interpretation, q).not.toContain('United States');
    },
  );
});
