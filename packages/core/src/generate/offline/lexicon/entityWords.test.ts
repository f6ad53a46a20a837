import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../testkit';

/**
 * Nouns of companies in business English that WordNet gives only other senses of ("players": a person who plays):
 * read as companies, never as a job title the data's titles hold ("Player"), and a vague size word beside an explicit
 * size is emphasis ("big players ..., 10k+ employees": the figure is the one condition).
 */
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('company nouns of business English on %s data', (name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('entityWords');
  });
  afterAll(() => f?.close());

  it.each([
    ['which players sponsor events?', 'which companies sponsor events?'],
    ['players with more than 10000 employees', 'companies with more than 10000 employees'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it('reads "big" beside an explicit size as emphasis', () => {
    if (!f || name !== 'real') return;
    const a = f.ask('big players at aviation festival asia, 10k+ employees');
    expect(a.kind).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask('companies at aviation festival asia, 10k+ employees')));
    expect(sql(a)).not.toMatch(/job_title|title/);
  });
});
