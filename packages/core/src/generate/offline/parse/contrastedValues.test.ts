import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { columns, demoFixture, realFixture, sql, type Fixture } from '../testkit';
import { toLike } from '../values/ValueIndex';

/** Values set against each other ("sponsors vs partners at X") are one row per value, counted at X only. */
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('contrasted values on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('contrastedValues');
  });
  afterAll(() => f?.close());

  /** An event (named once) whose companies take part in it in two ways at least, by the data itself. */
  const event = (): { name: string; rels: string[] } | null => {
    const row = f?.db
      .prepare(
        `SELECT e.name, group_concat(DISTINCT p.relation) AS rels FROM events e JOIN participations p ON p.event_id = e.id
         WHERE (SELECT COUNT(*) FROM events x WHERE x.name = e.name) = 1
         GROUP BY e.id HAVING COUNT(DISTINCT p.relation) >= 2 ORDER BY COUNT(*) DESC LIMIT 1`,
      )
      .get() as { name: string; rels: string } | undefined;
    return row ? { name: row.name, rels: row.rels.split(',') } : null;
  };
  const counted = (name: string, rel: string): number =>
    Number(
      (
        f?.db
          .prepare(
            'SELECT COUNT(*) AS n FROM participations p JOIN events e ON e.id = p.event_id WHERE e.name = ? AND p.relation = ?',
          )
          .get(name, rel) as { n: number }
      ).n,
    );

  it.each(['{a}s vs {b}s at {e}', 'how many {a}s versus {b}s at {e}?', '{a}/{b} breakdown at {e}'])(
    '%s: one row per relation, counted at that event only',
    (template) => {
      if (!f) return;
      const ev = event();
      if (!ev) return;
      const [a, b] = ev.rels as [string, string];
      const asked = f.ask(template.replace('{a}', a).replace('{b}', b).replace('{e}', ev.name));
      expect(sql(asked)).toMatch(/GROUP BY/);
      if (asked.kind !== 'sql') return;
      const rows = new Map(asked.rows.map((r) => [String(r[0]), Number(r[1])]));
      expect(columns(asked)[0]).toBe('relation');
      expect(rows).toEqual(
        new Map([
          [a, counted(ev.name, a)],
          [b, counted(ev.name, b)],
        ]),
      );
    },
  );

  it('break down the companies at X by relation: every relation there, counted there only', () => {
    if (!f) return;
    const ev = event();
    if (!ev) return;
    const asked = f.ask(`Break down the companies at ${ev.name} by their relation`);
    if (asked.kind !== 'sql') throw new Error(asked.kind);
    expect(new Map(asked.rows.map((r) => [String(r[0]), Number(r[1])]))).toEqual(
      new Map(ev.rels.map((r) => [r, counted(ev.name, r)])),
    );
  });

  // an event listed under several URLs is one event in its year's count
  it('years set against each other: one row per year, both years kept', () => {
    if (!f) return;
    const asked = f.ask('events in 2024 vs 2025');
    if (asked.kind !== 'sql') throw new Error(asked.kind);
    const perYear = (y: string): number =>
      Number(
        (
          f?.db
            .prepare('SELECT COUNT(DISTINCT lower(name)) AS n FROM events WHERE substr(start_date, 1, 4) = ?')
            .get(y) as { n: number }
        ).n,
      );
    const expected = new Map(
      ['2024', '2025'].filter((y) => perYear(y) > 0).map((y) => [y, perYear(y)] as [string, number]),
    );
    expect(new Map(asked.rows.map((r) => [String(r[0]), Number(r[1])]))).toEqual(expected);
  });

  /** The companies (each name once) holding a relation, at an event when one is named. */
  const companiesHolding = (rel: string, name?: string): number =>
    Number(
      (
        f?.db
          .prepare(
            `SELECT COUNT(DISTINCT c.name) AS n FROM companies c JOIN participations p ON p.company_id = c.id
             JOIN events e ON e.id = p.event_id WHERE p.relation = ? AND (? IS NULL OR e.name = ?)`,
          )
          .get(rel, name ?? null, name ?? null) as { n: number }
      ).n,
    );

  // the noun of companies said to hold the contrasted relations: the companies holding each (each name once), at
  // the event when one is named; before, the two relations were read as two links both held (and 'vs' grouped the
  // companies by every relation they hold anywhere)
  it.each(['how many companies are {a}s vs {b}s at {e}?', 'how many cos are {a}s versus {b}s at {e}'])(
    '%s: the companies holding each relation there',
    (template) => {
      if (!f) return;
      const ev = event();
      if (!ev) return;
      const [a, b] = ev.rels as [string, string];
      const asked = f.ask(template.replace('{a}', a).replace('{b}', b).replace('{e}', ev.name));
      if (asked.kind !== 'sql') throw new Error(asked.kind);
      expect(new Map(asked.rows.map((r) => [String(r[0]), Number(r[1])]))).toEqual(
        new Map([
          [a, companiesHolding(a, ev.name)],
          [b, companiesHolding(b, ev.name)],
        ]),
      );
    },
  );

  // a contrast then narrowed to one side ("just the partners number") asks that side alone
  it.each([
    ['how many cos are {a}s vs {b}s? just the {b}s number', 'b'],
    ['how many companies are {a}s versus {b}s - only the {a}s', 'a'],
  ] as const)('%s: the side picked out', (template, side) => {
    if (!f) return;
    const ev = event();
    if (!ev) return;
    const [a, b] = ev.rels as [string, string];
    const asked = f.ask(template.replaceAll('{a}', a).replaceAll('{b}', b));
    if (asked.kind !== 'sql') throw new Error(asked.kind);
    expect(asked.rows).toEqual([[companiesHolding(side === 'a' ? a : b)]]);
  });

  it('a venue subject hosts events, it does not organise them', () => {
    if (!f) return;
    expect(sql(f.ask('which venue hosts the most events'))).not.toMatch(/organizer/);
  });
});

describe('venue patterns', () => {
  it('keep the words of a venue name next to each other, "and" / "&" free', () => {
    expect(toLike('singapore expo')).toBe('%singapore_expo%');
    expect(toLike('sands expo and convention centre')).toBe('%sands_expo%convention_centre%');
  });
});
