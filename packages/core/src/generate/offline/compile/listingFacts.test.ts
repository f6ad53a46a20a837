import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedInBoth } from './guardedInBoth.testkit';
import { columns, realFixture, type Asked, type Fixture } from '../testkit';
import { listingFacts } from './listingFacts';

warnIfNoRealData('event lists once per name and shown facts');

describe('listingFacts', () => {
  it('keeps the fact columns as their expressions, leaving out the name, the URL and a count beside every row', () => {
    expect(
      listingFacts([
        '"e1"."name" AS "event"',
        '"e1"."url"',
        '"e1"."start_date"',
        '"e1"."venue"',
        '(SELECT COUNT(DISTINCT lower("e2"."name")) FROM "events" AS "e2") AS "count"',
      ]),
    ).toEqual(['"e1"."start_date"', '"e1"."venue"']);
  });
});

/**
 * A list shows each event once (its listings under several URLs are one event), but never hides a fact it shows:
 * "cemat dates?" showed one row (12-14 September) where CeMAT Southeast Asia has listings on 12 and on 17 September
 * (z068). One row per distinct (name, shown dates / venue / place); listings differing only by URL stay one row.
 */
describe.runIf(hasRealData)('event lists: once per name and shown facts (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const FACTS = ['start_date', 'end_date', 'venue', 'city', 'country'] as const;
  /** Each row as "name|facts" (the name case-folded, as the list takes names). */
  const shown = (asked: Asked): string[] => {
    if (asked.kind !== 'sql') throw new Error(asked.kind);
    const names = columns(asked);
    const at = (n: string): number => names.indexOf(n);
    return asked.rows.map((r) =>
      [
        String(r[at('event')]).toLowerCase(),
        ...FACTS.map((c) => {
          const v = r[at(c)];
          return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
        }),
      ].join('|'),
    );
  };
  /** The distinct "name|facts" of the stored listings whose name is `name`, or that start inside [from, to]. */
  const stored = (where: string, ...params: string[]): string[] => {
    const rows = f.db
      .prepare(`SELECT name, ${FACTS.join(', ')} FROM events WHERE ${where}`)
      .raw(true)
      .all(...params) as (string | null)[][];
    return [
      ...new Set(rows.map(([name, ...facts]) => [String(name).toLowerCase(), ...facts.map((v) => v ?? '')].join('|'))),
    ];
  };

  it('the data holds an event listed on different dates, and listings differing only by URL', () => {
    const differing = f.oracle(
      `SELECT COUNT(*) FROM (SELECT lower(name) FROM events GROUP BY lower(name)
       HAVING COUNT(DISTINCT start_date) > 1)`,
    );
    expect(Number([...differing][0])).toBeGreaterThan(0);
    const sameFacts = f.oracle(
      `SELECT COUNT(*) FROM (SELECT 1 FROM events GROUP BY lower(name), start_date, end_date, venue HAVING COUNT(*) > 1)`,
    );
    expect(Number([...sameFacts][0])).toBeGreaterThan(0);
  });

  it.each(['cemat dates?', 'when is cemat', 'cemat venue'])('%s shows each distinct dates of the event once', (q) => {
    const rows = shown(f.ask(q));
    expect(new Set(rows).size).toBe(rows.length);
    expect([...rows].sort()).toEqual(stored(`lower(name) = 'cemat southeast asia'`).sort());
    expect(rows.length).toBeGreaterThan(1);
  });

  it.each([
    ['events in september 2024', '2024-09-01', '2024-09-30'],
    ['events between december 2024 and january 2025', '2024-12-01', '2025-01-31'],
  ])('%s: one row per name and facts of the listings it keeps', (q, from, to) => {
    const rows = shown(f.ask(q));
    expect(new Set(rows).size).toBe(rows.length);
    expect([...rows].sort()).toEqual(stored('start_date BETWEEN ? AND ?', from, to).sort());
  });

  it.each(['cemat dates?', 'how many events in september 2024, and list them'])(
    '%s compiles to SQL the guard accepts in SQLite and PostgreSQL',
    (q) => {
      expect(() => guardedInBoth(f.ask(q))).not.toThrow();
    },
  );
});
