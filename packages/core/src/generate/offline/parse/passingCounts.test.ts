import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../testkit';

/**
 * A count asked in passing after a list ("... and how many each", "with the number of ...", "and their ... counts")
 * is one row per member with its count, never the number of members.
 */
describe('counts asked in passing (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  /** The result as sorted "name = number" pairs (first column, last column; two events may share a name). */
  const pairs = (q: string): string[] => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return asked.rows.map((r) => `${String(r[0])} = ${String(r[r.length - 1])}`).sort();
  };
  const oracle = (sql: string): string[] =>
    (f.db.prepare(sql).raw(true).all() as unknown[][]).map((r) => `${String(r[0])} = ${String(r[1])}`).sort();
  const companiesPerEvent = (relation: string | null, where = '1 = 1'): string =>
    `SELECT e.name, COUNT(DISTINCT c.name) FROM events e JOIN participations pa ON pa.event_id = e.id
     JOIN companies c ON c.id = pa.company_id WHERE ${where}${relation ? ` AND pa.relation = '${relation}'` : ''} GROUP BY e.id`;
  const eventsPerCompany = (relation: string): string =>
    `SELECT c.name, COUNT(DISTINCT pa.event_id) FROM companies c JOIN participations pa ON pa.company_id = c.id
     WHERE pa.relation = '${relation}' GROUP BY c.id`;

  it.each([
    ['which events have sponsors and how many each', companiesPerEvent('sponsor')],
    ['events and their sponsor counts', companiesPerEvent('sponsor')],
    ['list events with their company counts', companiesPerEvent(null)],
    ['what events have exhibitors, and how many exhibitors does each one have', companiesPerEvent('exhibitor')],
    ['list the sponsors with the number of events each', eventsPerCompany('sponsor')],
  ])('one row per member that has some, with its count: %s', (q, sql) => {
    const expected = oracle(sql);
    expect(expected.length).toBeGreaterThan(0);
    expect(pairs(q)).toEqual(expected);
  });

  it('companies at more than one event "and at how many": the events of each', () => {
    // each row with its name's events (a company is one per name, compile/identity.ts), each event once by name
    const expected = oracle(
      `SELECT name, n FROM (SELECT c.name, (SELECT COUNT(DISTINCT lower(e.name)) FROM participations pa
       JOIN events e ON e.id = pa.event_id JOIN companies x ON x.id = pa.company_id WHERE x.name = c.name) AS n
       FROM companies c) WHERE n > 1`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(pairs('which companies are at more than one event and at how many')).toEqual(expected);
  });

  it('the people of each company of a list: "and how many contacts we have at each"', () => {
    const event = String(
      [
        ...f.oracle(
          `SELECT e.name FROM events e JOIN participations pa ON pa.event_id = e.id GROUP BY e.id ORDER BY COUNT(*) DESC, e.name LIMIT 1`,
        ),
      ][0],
    );
    const expected = oracle(
      `SELECT c.name, (SELECT COUNT(*) FROM people p WHERE p.company_id = c.id) FROM companies c
       WHERE c.id IN (SELECT company_id FROM participations WHERE event_id IN (SELECT id FROM events WHERE name = '${event.replace(/'/g, "''")}'))`,
    );
    expect(pairs(`companies at ${event} and how many contacts we have at each`)).toEqual(expected);
  });

  it('a bare "and how many" still counts the members', () => {
    const asked = f.ask('which events have sponsors and how many are there');
    const [expected] = f.oracle(`SELECT COUNT(DISTINCT event_id) FROM participations WHERE relation = 'sponsor'`);
    expect(asked.kind === 'sql' && asked.rows.length).toBe(1);
    expect(asked.kind === 'sql' && asked.rows[0]?.[0]).toBe(expected);
  });
});
