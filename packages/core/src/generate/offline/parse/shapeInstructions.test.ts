import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, type Fixture } from '../testkit';

/** Sentences of this test's own; names come from the data itself. */
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('instructions about the answer shape on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('shapeInstructions');
  });
  afterAll(() => f?.close());

  /** The SQL and parameters a question compiles to, or its kind when it is no SQL. */
  const compiled = (q: string): string => {
    const asked = f?.ask(q);
    if (!asked) return '';
    return asked.kind === 'sql' ? `${asked.sql} ${JSON.stringify(asked.params)}` : asked.kind;
  };

  /** An event with a start and an end date, named uniquely. */
  const event = (): string =>
    (
      f?.db
        .prepare(
          `SELECT e.name FROM events e WHERE e.end_date IS NOT NULL
           AND (SELECT COUNT(*) FROM events x WHERE lower(x.name) = lower(e.name)) = 1 ORDER BY e.name LIMIT 1`,
        )
        .get() as { name: string } | undefined
    )?.name ?? '';

  /** Three countries people are in, most people first. */
  const countries = (): string[] =>
    (
      (f?.db
        .prepare(`SELECT country FROM people WHERE country IS NOT NULL GROUP BY country ORDER BY COUNT(*) DESC LIMIT 3`)
        .all() as { country: string }[] | undefined) ?? []
    ).map((r) => r.country);

  describe('one result of a ranking, in a clause of its own after a superlative', () => {
    it.each([
      'which company has the most people - only the single top one, not a ranking',
      'which company has the most people? just the winner',
      'which company has the most people, the top one only please',
      'which company has the most people -- no league table, just the leader',
      'which company has the most people. I only need the one at the top, not a list',
    ])('%s is the superlative alone', (q) => {
      if (!f) return;
      expect(compiled(q)).toBe(compiled('which company has the most people'));
    });

    it.each([
      // nothing ranked: the words are asked about
      'which companies have people - just the winner',
      // a number of its own asks more than one
      'the top 3 companies by people - just the winner',
    ])('%s is not read as the superlative alone', (q) => {
      if (!f) return;
      expect(compiled(q)).not.toBe(compiled('which company has the most people'));
    });
  });

  describe('a precision adjective before a field or a count adds nothing', () => {
    it.each([
      ['the precise dates of {e}', 'the dates of {e}'],
      ['what are the exact start and end dates of {e}', 'what are the start and end dates of {e}'],
      ['give me the specific dates for {e}', 'give me the dates for {e}'],
      ['the accurate duration of {e}', 'the duration of {e}'],
      ['what is the exact number of events in 2025', 'what is the number of events in 2025'],
    ])('%s = %s', (q, plain) => {
      if (!f) return;
      const e = event();
      expect(compiled(q.replace('{e}', e))).toBe(compiled(plain.replace('{e}', e)));
    });

    it('a precision adjective before no field is still asked about', () => {
      if (!f) return;
      expect(f.ask('the precise events in 2025').kind).not.toBe('sql');
    });
  });

  describe('both end days counted in a duration restate the conventions', () => {
    it.each([
      [
        'average length in days of the events in 2025, inclusive of both ends',
        'average length in days of the events in 2025',
      ],
      ['average duration of the events in 2025 - counting both days', 'average duration of the events in 2025'],
      ['how long is {e}? start and end day included', 'how long is {e}?'],
      ['the longest event in 2025, both days counted', 'the longest event in 2025'],
      [
        'events in 2025 lasting more than 2 days, counting both the first and last day',
        'events in 2025 lasting more than 2 days',
      ],
    ])('%s = %s', (q, plain) => {
      if (!f) return;
      const e = event();
      expect(compiled(q.replace('{e}', e))).toBe(compiled(plain.replace('{e}', e)));
    });

    it('counting both days said of no duration is not dropped', () => {
      if (!f) return;
      expect(compiled('events in 2025, counting both days')).not.toBe(compiled('events in 2025'));
    });
  });

  describe('one figure per value of a list of places', () => {
    it.each([
      'how many people in {a}, {b} and {c}, each separately',
      'how many people in {a}, {b} and {c}? one by one please',
      'number of contacts in {a}, {b} and {c} - separately',
      'contacts in {a}, {b} and {c}, each separately',
      'how many contacts in {a} and {b}, separately',
    ])('%s is a grouping by country over the places listed', (template) => {
      if (!f) return;
      const [a = '', b = '', c = ''] = countries();
      const asked = f.ask(template.replace('{a}', a).replace('{b}', b).replace('{c}', c));
      expect(asked.kind).toBe('sql');
      if (asked.kind !== 'sql') return;
      expect(asked.columns[0]).toBe('country');
      const listed = template.includes('{c}') ? [a, b, c] : [a, b];
      expect(new Set(asked.rows.map((r) => r[0]))).toEqual(new Set(listed));
    });
  });
});
