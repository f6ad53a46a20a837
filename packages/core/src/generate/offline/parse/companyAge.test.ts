import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../testkit';

/**
 * A company's age ("how old is X", "the average age of the sponsors") is the question's year minus its founding year,
 * shown beside the year, and averaged as years, never the average founding year given as an age. The founding year
 * asked as a year stays the year. Sentences of our own, in the shapes users type them.
 */
warnIfNoRealData('company age');

describe.runIf(hasRealData)("a company's age (real data)", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** A company with a known founding year whose name is one word of its own, and that year. */
  const founded = (): { name: string; year: number } => {
    const [row] = [
      ...f.oracle(
        `SELECT name || '|' || founded_year FROM companies WHERE founded_year IS NOT NULL AND name NOT LIKE '% %'
       AND length(name) > 5 AND (SELECT COUNT(DISTINCT founded_year) FROM companies x WHERE x.name = companies.name) = 1
       ORDER BY founded_year LIMIT 1`,
      ),
    ] as string[];
    const [name, year] = (row ?? '').split('|');
    return { name: name ?? '', year: Number(year) };
  };

  it.each(['how old is {x}?', 'whats the age of {x}', '{x} - how old?', 'age of {x} pls'])(
    'shows the age beside the founding year: %s',
    (template) => {
      const { name, year } = founded();
      expect(name).not.toBe('');
      const asked = f.ask(template.replace('{x}', name));
      expect(asked.kind, template).toBe('sql');
      if (asked.kind !== 'sql') return;
      expect(column(asked, 'age_years')).toEqual([2024 - year]);
      expect(asked.interpretation).toContain('age in years (2024 minus the founding year)');
    },
  );

  it('averages the ages, not the founding years', () => {
    const [avgYear] = [
      ...f.oracle(
        `SELECT AVG(y) FROM (SELECT name, AVG(founded_year) AS y FROM companies WHERE founded_year < 1950 GROUP BY name)`,
      ),
    ] as number[];
    for (const q of [
      'average age of the companies founded before 1950',
      'how old are companies founded before 1950 on average',
    ]) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('sql');
      if (asked.kind !== 'sql') return;
      const [age] = column(asked, 'avg_age_years') as number[];
      expect(age).toBeCloseTo(2024 - (avgYear ?? 0), 6);
      expect(asked.interpretation).toMatch(/^avg of age in years/);
    }
  });

  it('averages the ages per group too, in the groups of the plain average', () => {
    // each country's companies one per name, as the plain average takes them
    const oracle = f.db
      .prepare(
        `SELECT country, AVG(2024 - y) FROM (SELECT country, name, AVG(founded_year) AS y FROM companies
         WHERE founded_year IS NOT NULL AND country IS NOT NULL GROUP BY country, name) GROUP BY country`,
      )
      .raw(true)
      .all() as [string, number][];
    const expected = new Map(oracle);
    for (const q of ['average age by country', 'how old are the companies on average in each country']) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('sql');
      if (asked.kind !== 'sql') return;
      const countries = column(asked, 'country') as string[];
      const ages = column(asked, 'avg_age_years') as number[];
      expect(countries.length, q).toBe(expected.size);
      countries.forEach((c, i) => expect(ages[i], `${q}: ${c}`).toBeCloseTo(expected.get(c) ?? NaN, 6));
      expect(asked.interpretation, q).toMatch(/^avg of age in years .*by country/);
    }
  });

  it('keeps the founding year asked as a year a year', () => {
    const { name } = founded();
    const asked = f.ask(`what year was ${name} founded`);
    expect(asked.kind === 'sql' && asked.sql).not.toMatch(/age_years/);
    const mean = f.ask('average founding year of the companies founded before 1950');
    expect(mean.kind === 'sql' && mean.sql).toMatch(/avg_founded_year/);
  });
});
