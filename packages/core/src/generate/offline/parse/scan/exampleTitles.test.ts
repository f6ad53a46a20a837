import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * Titles given as examples of a kind ("ceos/ctos etc", "ceos, ctos and the like"): the seniority (or job function)
 * they all share by the data's own rules, never the titles alone nor a question asked back on "etc"; titles sharing
 * nothing leave the closer asked about. Real data: the C-level people based in Australia (more than the CEOs and
 * CTOs among them).
 */
describe.skipIf(!hasRealData)('titles given as examples of a kind (real data)', () => {
  warnIfNoRealData('exampleTitles');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const people = (where: string): Set<unknown> =>
    f.oracle(`SELECT DISTINCT p.full_name FROM people p WHERE p.country = 'Australia' AND ${where}`);

  it.each([
    'aussie ceos/ctos etc',
    'aussie ceos/ctos etc (c-level based in australia)',
    'ceos, ctos and the like in australia',
    'ceos or ctos and so on based in australia',
    // a hedge closing the titles says they are examples too
    'ceos, ctos or whatever in australia',
    'ceos or ctos or something like that, based in australia',
  ])('%s: the C-level people, not only the two titles', (q) => {
    const expected = people(`p.seniority = 'c_level'`);
    // the two titles alone are fewer people
    const titled = new Set(column(f.ask('ceos or ctos based in australia'), 'full_name'));
    expect(expected.size).toBeGreaterThan(titled.size);
    expect(new Set(column(f.ask(q), 'full_name'))).toEqual(expected);
  });

  it('examples sharing a job function stand for it', () => {
    const expected = f.oracle(
      `SELECT DISTINCT p.full_name FROM people p JOIN person_job_functions j ON j.person_id = p.id
       WHERE p.country = 'Singapore' AND j.job_function = 'hr'`,
    );
    expect(new Set(column(f.ask('recruiters etc in singapore'), 'full_name'))).toEqual(expected);
  });

  it('a closer whose words other passes read ("that" a relative, "thing" a theme) still closes the list', () => {
    const asked = f.ask('who are the vice presidents in australia? VP level, SVP, EVP, that kind of thing');
    expect(asked.kind).toBe('sql');
    // "thing" named the Internet of Things industry, and the titles were required besides the seniority
    if (asked.kind === 'sql') expect(asked.interpretation).not.toMatch(/industry|title/);
    expect(new Set(column(asked, 'full_name'))).toEqual(people(`p.seniority = 'vp'`));
  });

  it('titles given as examples are never read as themes of events', () => {
    // "finance managers" named the Finance & Banking theme of events, so only people at finance events were found
    const asked = f.ask('finance people in australia - cfos, finance directors etc');
    if (asked.kind === 'sql') expect(asked.interpretation).not.toMatch(/tagged|events/);
  });

  it('titles sharing no kind leave the closer asked about', () => {
    expect(f.ask('ceos, recruiters etc in singapore').kind).toBe('clarify');
  });
});
