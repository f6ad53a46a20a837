import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, sql, type Fixture } from '../testkit';

/**
 * A list noun "at / of / for each" member is the list broken down by member (each row with its member), not a number
 * per member; "how many ... at each", "number of ... at each" and "... per event" still count.
 */
describe('a list at each member of a set (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const window = `start_date BETWEEN '2024-07-15' AND '2025-01-15'`;
  /** "event / company" pairs of one relation at the window's events. */
  const pairsOf = (relation: string): Set<string> =>
    new Set(
      (
        f.db
          .prepare(
            `SELECT e.name || ' / ' || c.name FROM participations pa JOIN events e ON e.id = pa.event_id
             JOIN companies c ON c.id = pa.company_id WHERE pa.relation = ? AND e.${window}`,
          )
          .pluck()
          .all(relation) as string[]
      ).map(String),
    );

  it.each([
    ['sponsors at each event in the next 6 months', 'sponsor'],
    ['for each event in the next 6 months, list the speakers', 'speaker'],
  ])('%s lists each event with its members', (q, relation) => {
    const asked = f.ask(q);
    const events = column(asked, 'event');
    const companies = column(asked, 'company');
    const expected = pairsOf(relation);
    expect(expected.size).toBeGreaterThan(5);
    expect(new Set(events.map((e, i) => `${String(e)} / ${String(companies[i])}`))).toEqual(expected);
  });

  it.each([
    'how many sponsors at each event in the next 6 months',
    'number of sponsors at each event in the next 6 months',
    'sponsors per event in the next 6 months',
  ])('%s still counts per event', (q) => {
    expect(sql(f.ask(q))).toMatch(/COUNT\(/);
  });

  it('"people at each sponsor of X" are the people of X\'s sponsors', () => {
    const event = String(
      [
        ...f.oracle(
          `SELECT e.name FROM events e JOIN participations pa ON pa.event_id = e.id WHERE pa.relation = 'sponsor'
           GROUP BY e.id ORDER BY COUNT(*) DESC LIMIT 1`,
        ),
      ][0],
    );
    const each = f.ask(`people at each sponsor of ${event}`);
    const plain = f.ask(`people at sponsors of ${event}`);
    expect(sql(each)).not.toMatch(/COUNT\(/);
    expect(new Set(column(each, 'full_name'))).toEqual(new Set(column(plain, 'full_name')));
    expect(column(plain, 'full_name').length).toBeGreaterThan(0);
  });
});
