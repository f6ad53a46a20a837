import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, sql, type Fixture } from '../../testkit';

/**
 * "(where the person sits)", "- where the company is headquartered": a clause naming no place of its own says whose the
 * place said elsewhere is; it is never a slip of a name ("sits": SITA) nor dropped where it cannot apply. Real data.
 */
describe.skipIf(!hasRealData)('clauses saying whose place (real data)', () => {
  warnIfNoRealData('placeOwnerClauses');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each([
    ['marketing folks in germany? (where the person sits)', 'marketing people living in germany'],
    ['anyone in hr over in india (i.e. where they are based)', 'hr people based in india'],
    ['marketing people in france - where the person lives now', 'marketing people living in france'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it('a noun of companies as the subject makes the place the headquarters', () => {
    const a = f.ask('people at sponsors in germany (where the company is headquartered)');
    expect(a.kind === 'sql' && a.interpretation).toMatch(/Germany \(headquarters\)/);
  });

  it("a person's place where no people are asked is asked about, never the companies' headquarters", () => {
    const a = f.ask('companies in japan (where the person sits)');
    expect(a.kind).not.toBe('sql');
  });

  it('with no place said, the clause asks where they are', () => {
    const a = f.ask('sales people at meltwater (where they sit)');
    expect(a.kind === 'sql' && a.interpretation).toMatch(/showing location/);
  });

  it('a clause with a place of its own is read as usual', () => {
    const a = f.ask('sales people in japan, where the person sits in tokyo');
    expect(a.kind === 'sql' && a.interpretation).toMatch(/Tokyo/);
  });

  it.each([
    [
      'sales staff based in france? the person location, not where the company is headquartered',
      'sales people living in france',
    ],
    [
      'marketing contacts in japan - the company country, not the person',
      'marketing people at companies headquartered in japan',
    ],
    ['any hr people in india? where the person is based, not where their company is hqd', 'hr people living in india'],
  ])('a contrast of two owners says whose the place is: "%s" asks "%s"', (q, same) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
    // the negation of the contrast negates no condition
    expect(a.kind === 'sql' && a.interpretation).not.toMatch(/\bnot\b/);
  });

  it.each([
    [
      'the CEOs of companies headquartered in germany - doesnt matter where the person sits',
      'the CEOs of companies headquartered in germany',
    ],
    [
      'sales directors at companies based in japan, no matter where they are based',
      'sales directors at companies based in japan',
    ],
  ])('an owner clause under a word of indifference leaves that place free: "%s"', (q, same) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });
});
