import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, titleSaysSql, type Fixture } from '../../testkit';

/**
 * A title and a seniority joined by "or" or a slash are their union, never both at once: "ceos / c suite" are the
 * C-level people (a CEO is C-level by the data's own rule), not the CEOs who are also C-level; "founders or vps" are
 * the VPs and the founders, not the founders who are VPs.
 */
describe.skipIf(!hasRealData)('a title or a seniority (real data)', () => {
  warnIfNoRealData('titleRankUnions');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each([
    'ceos / c suite in australia',
    'c-suite or ceos in australia',
    'ceos or c-level people in australia',
    // a member named with its class is the class (blind33 j073: the CEOs who are C-level)
    "ceo's and other c suite in australia",
    'ceos or any other c-level people in australia',
  ])('%s: the C-level people', (q) => {
    const expected = f.oracle(
      `SELECT DISTINCT p.full_name FROM people p WHERE p.country = 'Australia' AND p.seniority = 'c_level'`,
    );
    // the CEOs alone are fewer: the union is more than either intersection
    const ceos = new Set(column(f.ask('ceos in australia'), 'full_name'));
    expect(expected.size).toBeGreaterThan(ceos.size);
    expect(new Set(column(f.ask(q), 'full_name'))).toEqual(expected);
  });

  it.each(['founders or vps in australia', 'vps / founders in australia'])(
    '%s: the VPs and the founders, not the founders who are VPs',
    (q) => {
      const expected = f.oracle(
        `SELECT DISTINCT p.full_name FROM people p WHERE p.country = 'Australia'
         AND (p.seniority = 'vp' OR ${titleSaysSql('founder', 'co founder', 'cofounder')})`,
      );
      const vps = f.oracle(
        `SELECT DISTINCT p.full_name FROM people p WHERE p.country = 'Australia' AND p.seniority = 'vp'`,
      );
      expect(expected.size).toBeGreaterThan(vps.size);
      expect(new Set(column(f.ask(q), 'full_name'))).toEqual(expected);
    },
  );

  it('negated, neither holds', () => {
    const expected = f.oracle(
      `SELECT DISTINCT p.full_name FROM people p WHERE p.country = 'Australia'
       AND COALESCE(p.seniority, '') <> 'vp' AND NOT ${titleSaysSql('founder', 'co founder', 'cofounder')}`,
    );
    expect(new Set(column(f.ask('people in australia who are not founders or vps'), 'full_name'))).toEqual(expected);
  });

  // "cmos / marketing directors": the CMOs or the marketing directors, never the CMOs who are marketing directors
  // (nobody: a CMO is C-level); a CMO is in marketing by the data's rule, so the function holds of both sides
  it.each(['cmos / marketing directors', 'marketing directors or cmos'])(
    '%s: a title or a function at a level',
    (q) => {
      const expected = f.oracle(
        `SELECT DISTINCT p.full_name FROM people p
       WHERE EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = 'marketing')
       AND (p.seniority = 'director' OR ${titleSaysSql('cmo', 'chief marketing officer')})`,
      );
      expect(expected.size).toBeGreaterThan(0);
      expect(new Set(column(f.ask(q), 'full_name'))).toEqual(expected);
    },
  );

  // "ctos / marketing directors": a CTO is no marketing person, so the function is the directors' alone; the three
  // were ANDed (the CTOs who are marketing directors: nobody)
  it.each([
    ['ctos / marketing directors in the united states', 'ctos', 'marketing directors'],
    ['marketing directors or ctos in the united states', 'ctos', 'marketing directors'],
    ['sales vps / cfos in the united states', 'cfos', 'sales vps'],
  ])('%s: the title, or the function at the level', (q, title, ranked) => {
    const names = (x: string): Set<unknown> => new Set(column(f.ask(`${x} in the united states`), 'full_name'));
    const one = names(title);
    const other = names(ranked);
    expect(one.size).toBeGreaterThan(0);
    expect(other.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q), 'full_name'))).toEqual(new Set([...one, ...other]));
  });

  it('two titles stay a union of titles', () => {
    const asked = f.ask('ceos or ctos in australia');
    expect(asked.kind === 'sql' && asked.interpretation).toContain('CEO or CTO');
  });
});
