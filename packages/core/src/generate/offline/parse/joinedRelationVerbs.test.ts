import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../testkit';

/**
 * Two relation verbs joined by "and"/"or" share their subject: "companies that sponsor and partner" keeps both
 * relations, read as "sponsor and exhibit" is (the sponsors or exhibitors). Read as a noun, the second word became
 * the first verb's object ("companies that sponsor partners") and "sponsor" was lost.
 */
describe('a relation word joined right after a relation verb is a verb (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());
  const companies = (q: string): Set<unknown> => new Set(column(f.ask(q), 'company'));
  const withRelations = (...relations: string[]): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id
       WHERE p.relation IN (${relations.map(() => '?').join(', ')})`,
      ...relations,
    );

  it('keeps both relations of "sponsor and partner" / "sponsor or partner"', () => {
    const both = withRelations('sponsor', 'partner');
    // the sponsors are not all partners: a reading that loses "sponsor" differs
    expect(both).not.toEqual(withRelations('partner'));
    for (const q of ['which companies sponsor and partner', 'which companies sponsor or partner'])
      expect(companies(q), q).toEqual(both);
    expect(companies('which companies sponsor and exhibit')).toEqual(withRelations('sponsor', 'exhibitor'));
  });

  it('reads "partnered" as the verb of "sponsored"', () => {
    expect(companies('companies that sponsored and partnered at events')).toEqual(withRelations('sponsor', 'partner'));
  });

  it('keeps the noun of a named event', () => {
    const asked = f.ask('partners of worldchefs');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/partners of events named Worldchefs/);
  });
});
