import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, demoFixture, realFixture, sql, type Fixture } from '../testkit';

/**
 * An attribute word and one named company or event ask for that attribute of it: a value shown on the named row,
 * never a grouping ("counted by year") that no word asked for.
 */
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('attributes of one named entity on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('askedAttribute');
  });
  afterAll(() => f?.close());

  /** A company whose capitalised name the questions can carry, with the columns asked for known. */
  const company = (): { name: string; founded: number; revenue: number; size: string } => {
    const rows = f?.db
      .prepare(
        `SELECT name, founded_year AS founded, revenue_usd AS revenue, employees_raw AS size FROM companies
         WHERE founded_year IS NOT NULL AND revenue_usd IS NOT NULL AND employees_raw IS NOT NULL
           AND (SELECT COUNT(*) FROM companies x WHERE lower(x.name) = lower(companies.name)) = 1 ORDER BY id`,
      )
      .all() as { name: string; founded: number; revenue: number; size: string }[];
    // a name no other company's name is one typing slip away from (the demo names are alike)
    const plain = rows.find((r) => {
      const asked = f?.ask(`Which companies are named ${r.name}?`);
      return /^[A-Z][a-z]{5,}$/.test(r.name) && asked && column(asked, 'company').join() === r.name;
    });
    if (!plain) throw new Error('no company with a plain name');
    return plain;
  };

  it.each([
    'In what year was {} founded?',
    'Which year was {} established?',
    'What year did {} start?',
    'Year {} was founded?',
    'When was {} set up?',
    'In which year was {} founded',
  ])('%s: the founding year of that company, no grouping', (template) => {
    if (!f) return;
    const c = company();
    const asked = f.ask(template.replace('{}', c.name));
    expect(asked.kind).toBe('sql');
    expect(sql(asked)).not.toMatch(/GROUP BY/);
    expect(column(asked, 'founded_year')).toEqual([c.founded]);
  });

  it.each(['How big is {}?', 'how large is {}', 'What size is {}?'])('%s: the stated size', (template) => {
    if (!f) return;
    const c = company();
    const asked = f.ask(template.replace('{}', c.name));
    expect(column(asked, 'employees_raw')).toEqual([c.size]);
  });

  it.each([
    'How much does {} earn a year?',
    'What is the revenue per year of {}?',
    'What is the revenue of {} in dollars?',
  ])('%s: the revenue, the unit or rate read with it', (template) => {
    if (!f) return;
    const c = company();
    const asked = f.ask(template.replace('{}', c.name));
    expect(asked.kind).toBe('sql');
    // never a grouping; a sum of revenue takes each company once by its name (compile/identity.ts), the one GROUP BY
    expect(sql(asked)).not.toMatch(/GROUP BY (?!"c\d+"\."name"\))/);
    if (asked.kind !== 'sql') return;
    const at = asked.columns.findIndex((n) => n === 'revenue_usd' || n === 'sum_revenue_usd');
    expect(asked.rows.map((r) => r[at])).toEqual([c.revenue]);
  });

  it('what venue / which year of a named event: its row with that value', () => {
    if (!f) return;
    const ev = f.db
      .prepare(
        `SELECT name, venue FROM events WHERE venue IS NOT NULL AND (SELECT COUNT(*) FROM events x WHERE x.name = events.name) = 1 ORDER BY id LIMIT 1`,
      )
      .get() as { name: string; venue: string };
    const asked = f.ask(`What is the venue of ${ev.name}?`);
    expect(sql(asked)).not.toMatch(/GROUP BY/);
    expect(column(asked, 'venue')).toEqual([ev.venue]);
  });

  it('a grouping word still groups: "companies by country", "events per year"', () => {
    if (!f) return;
    expect(sql(f.ask('companies by country'))).toMatch(/GROUP BY/);
    expect(sql(f.ask('how many events per year'))).toMatch(/GROUP BY/);
    expect(sql(f.ask('Which country has the most companies?'))).toMatch(/GROUP BY/);
  });
});
