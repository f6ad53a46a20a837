import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Asked, type Fixture } from '../testkit';

warnIfNoRealData('companies grouped by the events of their relation');

/** The rows of a grouping as "group -> number". */
function groups(r: Asked): Map<unknown, unknown> {
  if (r.kind !== 'sql') throw new Error(`expected SQL, got ${r.kind}`);
  return new Map(r.rows.map((row) => [row[0], row[1]]));
}

/**
 * A grouping of companies by a dimension of events (month, quarter, year, theme, event) groups each company by the
 * events of the relation that makes it one of the companies asked: the sponsors by the events they sponsor, not by
 * every event they take part in (in the real data many sponsors of one event exhibit or attend others).
 */
describe.runIf(hasRealData)('companies grouped by the events of their relation (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const byEventsOf = (expr: string, relation: string, where = '1 = 1'): Map<unknown, unknown> =>
    new Map(
      f.db
        .prepare(
          // each company name once (a company listed under two domains is one company), as groupings count them
          `SELECT ${expr} AS g, COUNT(DISTINCT lower(c.name)) FROM participations p JOIN events e ON e.id = p.event_id
           JOIN companies c ON c.id = p.company_id WHERE p.relation = ? AND e.start_date IS NOT NULL AND ${where} GROUP BY g`,
        )
        .raw(true)
        .all(relation) as [unknown, unknown][],
    );

  it('the data is one where it matters: the sponsors grouped by all their events count otherwise', () => {
    const all = new Map(
      f.db
        .prepare(
          `SELECT substr(e.start_date, 1, 7), COUNT(DISTINCT lower(c.name)) FROM companies c JOIN participations p ON p.company_id = c.id
           JOIN events e ON e.id = p.event_id WHERE e.start_date IS NOT NULL
           AND c.id IN (SELECT company_id FROM participations WHERE relation = 'sponsor') GROUP BY 1`,
        )
        .raw(true)
        .all() as [unknown, unknown][],
    );
    expect(all).not.toEqual(byEventsOf('substr(e.start_date, 1, 7)', 'sponsor'));
  });

  it.each([
    ['number of sponsors by month', 'substr(e.start_date, 1, 7)', 'sponsor'],
    ['how many exhibitors per month', 'substr(e.start_date, 1, 7)', 'exhibitor'],
    [
      'sponsors by quarter',
      "substr(e.start_date, 1, 4) || '-Q' || ((CAST(substr(e.start_date, 6, 2) AS INTEGER) + 2) / 3)",
      'sponsor',
    ],
  ])('%s: by the events of the relation', (q, expr, relation) => {
    expect(groups(f.ask(q))).toEqual(byEventsOf(expr, relation));
  });

  it('"which month has the most sponsors" ranks the months by the events sponsored', () => {
    const expected = byEventsOf('substr(e.start_date, 1, 7)', 'sponsor');
    const top = Math.max(...[...expected.values()].map(Number));
    const asked = groups(f.ask('which month has the most sponsors'));
    expect([...asked.values()]).toEqual([top]);
  });

  it('the events of the relation keep their own conditions ("sponsors of events in Singapore")', () => {
    expect(groups(f.ask('number of sponsors of events in Singapore by month'))).toEqual(
      byEventsOf('substr(e.start_date, 1, 7)', 'sponsor', "e.country = 'Singapore'"),
    );
  });
});
