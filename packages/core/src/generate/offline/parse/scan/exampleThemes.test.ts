import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { busiestCompany, column, demoScanner, type Fixture, interpretationOf, realFixture, sql } from '../../testkit';

/**
 * A list of themes closing the question as examples of its kind ("consumer shows? food, pets, that kinda thing"):
 * the events of any of them (and of the kind's own theme), never a name assembled from the items' words. Real
 * data: the food and pet events of Singapore, and "Bravo Pet Foods", a company whose name holds both words.
 */
describe.skipIf(!hasRealData)('examples closing the question (real data)', () => {
  warnIfNoRealData('exampleThemes');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const tagged = (...tags: string[]): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT e.name FROM events e JOIN event_tags t ON t.event_id = e.id
       WHERE e.country = 'Singapore' AND t.tag IN (${tags.map(() => '?').join(', ')})`,
      ...tags,
    );

  it.each([
    'events in singapore? food, pets, that kinda thing',
    'singapore events - food, pets, that sort of thing',
    'events in singapore: food, pets etc',
    'events in singapore, food or pets and the like',
  ])('%s: the events of any of the themes', (q) => {
    const asked = f.ask(q);
    const expected = tagged('food_beverage', 'pets');
    // each theme alone is fewer: the list is their union, not both at once
    expect(expected.size).toBeGreaterThan(tagged('pets').size);
    expect(expected.size).toBeGreaterThan(tagged('food_beverage').size);
    expect(new Set(column(asked, 'event'))).toEqual(expected);
    expect(sql(asked)).not.toMatch(/"companies"/);
  });

  it("the kind's own theme said before the examples is one more member", () => {
    const asked = f.ask('consumer shows in singapore? food, pets, that kinda thing');
    // "consumer" names the Retail & Consumer theme and the consumer (B2C) audience
    expect(new Set(column(asked, 'event'))).toEqual(tagged('retail', 'consumer', 'food_beverage', 'pets'));
  });

  it('a list with an item naming no theme is not read as examples (asked about)', () => {
    const asked = f.ask('events in singapore? food, zzqxv, that kinda thing');
    expect(asked.kind).toBe('clarify');
  });
});

/**
 * Job titles closing the question as examples of a job function it already names ("finance people - cfos,
 * controllers, accountants, that sort of thing"): they restate the function, no theme nor condition of their own.
 * Titles of a level only ("vps, directors") are a level, read elsewhere.
 */
describe('titles given as examples of the function named (demo data)', () => {
  const { fixture } = demoScanner();
  const said = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['finance people at %C - cfos, controllers, accountants, that sort of thing', 'finance people at %C'],
    ['hr folks at %C: recruiters, payroll specialists etc', 'hr folks at %C'],
    ['marketing staff at %C - brand managers, cmos, that kind of thing', 'marketing staff at %C'],
    ['sales people at %C, account managers, sales directors and the like', 'sales people at %C'],
    ['the finance team at %C? treasurers, controllers, that kinda thing', 'the finance team at %C'],
  ])('%s reads as "%s"', (q, same) => {
    const company = busiestCompany(fixture());
    const reading = said(q.replace('%C', company));
    expect(reading).toBe(said(same.replace('%C', company)));
  });

  it('a list of levels after the function stays a level', () => {
    const company = busiestCompany(fixture());
    expect(said(`sales people at ${company} - vps, directors, that sort of thing`)).toMatch(/seniority/);
  });
});
