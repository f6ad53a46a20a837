import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, demoFixture, realFixture, type Fixture } from '../../testkit';

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('verbs of occurrence and responsibility, and absent values, on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('occurrenceVerbs');
  });
  afterAll(() => f?.close());

  const names = (q: string): Set<unknown> => {
    const asked = f?.ask(q);
    expect(asked?.kind, `${q}: ${asked && 'message' in asked ? String(asked.message) : ''}`).toBe('sql');
    return new Set(asked?.kind === 'sql' ? column(asked, asked.columns[0] ?? '') : []);
  };

  it.each([
    ['which events kick off in October 2024?', "start_date BETWEEN '2024-10-01' AND '2024-10-31'"],
    ['events getting started in November 2024', "start_date BETWEEN '2024-11-01' AND '2024-11-30'"],
    ['events that take place in September 2024', "start_date BETWEEN '2024-09-01' AND '2024-09-30'"],
    ['events that wrap up in October 2024', "COALESCE(end_date, start_date) BETWEEN '2024-10-01' AND '2024-10-31'"],
    ['which events conclude in November 2024?', "COALESCE(end_date, start_date) BETWEEN '2024-11-01' AND '2024-11-30'"],
  ])('%s: the window is on the date the verb says', (question, where) => {
    if (!f) return;
    expect(names(question)).toEqual(f.oracle(`SELECT name FROM events WHERE ${where}`));
  });

  it('a verb of extent before no measure of duration reads no window: "events stretching into 2026" is asked back', () => {
    if (!f) return;
    expect(f.ask('events stretching into 2026').kind).toBe('clarify');
  });

  it('"finish" is a verb of ending, not a misspelt demonym', () => {
    if (!f) return;
    const asked = f.ask('which events finish in October 2024?');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toContain('ending 2024-10-01..2024-10-31');
    expect(asked.interpretation).not.toMatch(/Finland/);
  });

  it.each(['who handles marketing at {}', 'who is in charge of marketing at {}', 'who oversees marketing at {}'])(
    '%s: the marketing people of the company',
    (template) => {
      if (!f) return;
      const co = f.db
        .prepare(
          "SELECT c.name FROM companies c JOIN people p ON p.company_id = c.id WHERE p.job_function = 'marketing' GROUP BY c.id ORDER BY count(*) DESC, c.name LIMIT 1",
        )
        .get() as { name: string } | undefined;
      if (!co) return;
      const asked = f.ask(template.replace('{}', co.name));
      expect(asked.kind).toBe('sql');
      if (asked.kind !== 'sql') return;
      expect(asked.interpretation).toContain('whose job functions include Marketing');
    },
  );

  it.each([
    ['which event has signed up the most speakers', 'which event has the most speakers'],
    ['events that secured sponsors', 'events that have sponsors'],
    ['events that lined up more than 2 exhibitors', 'events that have more than 2 exhibitors'],
    // ... or its participle after the relation noun
    ['which event has the most speakers lined up', 'which event has the most speakers'],
  ])('%s: a verb of having before a relation noun is its "has"', (question, plain) => {
    if (!f) return;
    const [asked, same] = [f.ask(question), f.ask(plain)];
    expect(asked.kind).toBe('sql');
    expect(asked.kind === 'sql' && same.kind === 'sql' ? asked.sql : null).toBe(same.kind === 'sql' ? same.sql : '');
  });

  it('a verb of having before no relation stays unread (asked about, not dropped)', () => {
    if (!f) return;
    expect(f.ask('events that bought tickets').kind).not.toBe('sql');
  });

  it('a verb of responsibility with nothing to be responsible for stays unread (asked about, not dropped)', () => {
    if (!f) return;
    expect(f.ask('who oversees the tables').kind).not.toBe('sql');
  });

  it.each([
    ['events with no end date', 'SELECT name FROM events WHERE end_date IS NULL'],
    ['which events have no end date on record?', 'SELECT name FROM events WHERE end_date IS NULL'],
    ['events in an unknown country', 'SELECT name FROM events WHERE country IS NULL'],
    // a negated verb of having is the same absence, with or without the apostrophe
    ["which events don't have an end date", 'SELECT name FROM events WHERE end_date IS NULL'],
    ['events that dont have an end date', 'SELECT name FROM events WHERE end_date IS NULL'],
    // a company lacks a field when none of the rows of its name has it (compile/identity.ts)
    [
      'companies that do not list a country',
      'SELECT name FROM companies WHERE name NOT IN (SELECT name FROM companies WHERE country IS NOT NULL)',
    ],
    ['events where the venue is unknown', "SELECT name FROM events WHERE COALESCE(venue, '') = ''"],
    [
      'companies whose country is unknown',
      'SELECT name FROM companies WHERE name NOT IN (SELECT name FROM companies WHERE country IS NOT NULL)',
    ],
  ])('%s: the absent value is a condition, never dropped', (question, oracle) => {
    if (!f) return;
    expect(names(question)).toEqual(f.oracle(oracle));
  });
});
