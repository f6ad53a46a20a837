import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { column, realFixture, titleSaysSql, type Fixture } from '../../testkit';

/**
 * A function word as the field of a rank noun, on the real data: the rank's level in a title saying the field (either
 * order: "Operations Manager", "Head of Sales"), never everyone the derivation files in the function at that level;
 * the function and the level only where no title of that level says the word.
 */
describe.runIf(hasRealData)('a function word as the field of a rank (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const people = (where: string): Set<unknown> =>
    f?.oracle(`SELECT p.full_name FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE ${where}`) ??
    new Set();
  const names = (q: string): Set<unknown> => {
    const asked = f?.ask(q);
    expect(asked?.kind, q).toBe('sql');
    return new Set(asked?.kind === 'sql' ? column(asked, 'full_name') : []);
  };
  const inFunction = (fn: string): string =>
    `EXISTS (SELECT 1 FROM person_job_functions j WHERE j.person_id = p.id AND j.job_function = '${fn}')`;

  it.each([
    // a field before the rank, a short form the titles spell out ("ops": operations)
    [
      'operations managers based in the united states',
      "p.seniority = 'manager'",
      ['operations', 'ops'],
      "p.country = 'United States'",
    ],
    ['list the ops managers', "p.seniority = 'manager'", ['operations', 'ops'], '1'],
    // the rank, "of", the field: "Head of Sales", "Sales Head" alike
    ['heads of sales at companies in germany', "p.seniority = 'head'", ['sales'], "c.country = 'Germany'"],
    ['who are the vps of marketing', "p.seniority = 'vp'", ['marketing'], '1'],
    // two fields listed: a title saying either
    [
      'sales and marketing directors at Marriott International Hotels, Inc.',
      "p.seniority = 'director'",
      ['sales', 'marketing'],
      "c.name = 'Marriott International Hotels, Inc.'",
    ],
    // a role inside a function listed with one is a field too
    [
      'VPs of sales or business development at companies in the united states',
      "p.seniority = 'vp'",
      ['sales', 'business development'],
      "c.country = 'United States'",
    ],
    // an acronym the titles also write out ("HR Manager", "Human Resources Manager")
    ['hr managers', "p.seniority = 'manager'", ['hr', 'human resources'], '1'],
    // a lower-case "it" before a rank is the field, never the pronoun
    ['list the it managers', "p.seniority = 'manager'", ['it', 'information technology'], '1'],
  ])('%s: the level in a title saying the field', (q, level, words, where) => {
    const asked = f?.ask(q);
    expect(asked?.kind, q).toBe('sql');
    if (asked?.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/whose seniority is \w+ with a job title mentioning /);
    expect(asked.interpretation).not.toContain('job functions include');
    const expected = people(`${level} AND ${titleSaysSql(...words)} AND ${where}`);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(asked, 'full_name'))).toEqual(expected);
  });

  it('"operations managers" leave out the other managers the derivation files under operations', () => {
    // an Event Manager or a Front Office Manager is in operations at manager level, but no operations manager
    const filedOnly = people(
      `p.seniority = 'manager' AND ${inFunction('operations')} AND NOT ${titleSaysSql('operations', 'ops')}`,
    );
    expect(filedOnly.size).toBeGreaterThan(0);
    const answered = names('operations managers');
    expect(answered.size).toBeGreaterThan(0);
    expect([...filedOnly].filter((x) => answered.has(x))).toEqual([]);
  });

  it('"sales directors and vps": both levels in the field, never the two levels required at once', () => {
    const expected = people(`p.seniority IN ('director', 'vp') AND ${titleSaysSql('sales')} AND c.name = 'Intelsat'`);
    expect(expected.size).toBeGreaterThan(0);
    expect(names('sales directors and vps at Intelsat')).toEqual(expected);
  });

  it('a qualifier of the title stays its own word: "senior operations managers"', () => {
    const expected = people(
      `p.seniority = 'manager' AND ${titleSaysSql('senior', 'sr', 'snr')} AND ${titleSaysSql('operations', 'ops')}`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(names('senior operations managers')).toEqual(expected);
  });

  it('no title of the level says the field: "legal managers" are the function and the level', () => {
    expect(people(`p.seniority = 'manager' AND ${titleSaysSql('legal')}`).size).toBe(0);
    const asked = f?.ask('legal managers');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(
      /job functions include Legal, whose seniority is Manager/,
    );
    const expected = people(`p.seniority = 'manager' AND ${inFunction('legal')}`);
    expect(expected.size).toBeGreaterThan(0);
    expect(names('legal managers')).toEqual(expected);
  });

  it('group nouns of several levels keep the function: "sales leaders"', () => {
    const asked = f?.ask('sales leaders');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toContain('job functions include Sales');
  });
});
