import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, type Fixture } from '../../testkit';

/** Sentences of this test's own; the compared names come from the data itself. */
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('a comparative before the noun of a measure on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('measureComparatives');
  });
  afterAll(() => f?.close());

  /** Two companies of one row each with different revenues: the richer first. */
  const twoCompanies = (): { name: string; revenue: number }[] =>
    (f?.db
      .prepare(
        `SELECT c.name, c.revenue_usd AS revenue FROM companies c WHERE c.revenue_usd IS NOT NULL
         AND (SELECT COUNT(*) FROM companies x WHERE lower(x.name) = lower(c.name)) = 1
         AND c.name NOT LIKE '% %' AND length(c.name) > 4
         ORDER BY c.revenue_usd DESC LIMIT 2`,
      )
      .all() as { name: string; revenue: number }[] | undefined) ?? [];

  const names = (q: string): string[] => {
    const asked = f?.ask(q);
    return asked?.kind === 'sql' ? asked.rows.map((r) => String(r[0])) : [asked?.kind ?? ''];
  };

  it.each([
    'which has higher revenue, {a} or {b}?',
    'which has more revenue, {b} or {a}?',
    '{a} or {b}: which one has greater revenue?',
    'who has the larger revenue, {b} or {a}',
    'does {b} have higher revenue than {a}? which is higher?',
    'does {a} have more revenue than {b} - which one is more?',
  ])('%s answers the winner alone', (template) => {
    if (!f) return;
    const companies = twoCompanies();
    expect(companies).toHaveLength(2);
    const [a, b] = companies;
    if (!a || !b) return;
    expect(names(template.replace('{a}', a.name).replace('{b}', b.name))).toEqual([a.name]);
  });

  it.each(['does {b} have higher revenue than {a}?', 'is {a} revenue lower than {b}'])(
    '%s (a yes/no) shows both with their values',
    (template) => {
      if (!f) return;
      const [a, b] = twoCompanies();
      if (!a || !b) return;
      const asked = f.ask(template.replace('{a}', a.name).replace('{b}', b.name));
      expect(asked.kind).toBe('sql');
      if (asked.kind !== 'sql') return;
      expect(new Set(asked.rows.map((r) => String(r[0])))).toEqual(new Set([a.name, b.name]));
    },
  );

  it('"A or B" that joins names of a filter stays the union of them', () => {
    if (!f) return;
    const [a, b] = twoCompanies();
    if (!a || !b) return;
    expect(new Set(names(`revenue of ${a.name} or ${b.name}`))).toEqual(new Set([a.name, b.name]));
  });

  it('a comparative before a measure with nothing compared is not answered as a ranking', () => {
    if (!f) return;
    const asked = f.ask('companies with higher revenue');
    expect(asked.kind).not.toBe('sql');
  });
});
