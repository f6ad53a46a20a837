import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../../testkit';

/** "event sponsors": a bare event noun before a relation noun modifies it; the companies in that relation are asked. */
describe('an event noun before a relation noun (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const sponsors = (relation: string): string[] =>
    [
      ...f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id WHERE pa.relation = ?`,
        relation,
      ),
    ]
      .map(String)
      .sort();

  it.each([
    ['list event sponsors', 'sponsor'],
    ['who are the conference speakers', 'speaker'],
  ])('%s: the companies in the relation', (q, relation) => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    const expected = sponsors(relation);
    expect(expected.length).toBeGreaterThan(0);
    expect([...new Set(asked.rows.map((r) => String(r[0])))].sort()).toEqual(expected);
  });

  it('people working for event sponsors work for the sponsoring companies', () => {
    const [expected] = f.oracle(
      `SELECT COUNT(*) FROM people p WHERE p.seniority = 'vp'
       AND p.company_id IN (SELECT company_id FROM participations WHERE relation = 'sponsor')`,
    );
    const asked = f.ask('How many VP-level people work for event sponsors?');
    expect(asked.kind === 'sql' && asked.rows[0]?.[0]).toBe(expected);
  });

  // a phrase of events before the relation noun ("2025 event sponsors") still modifies it: the companies sponsoring
  // those events are asked (before, the events with sponsors were listed)
  it.each([
    ['2025 event sponsors', `substr(e.start_date, 1, 4) = '2025'`, 'sponsor'],
    ['how many 2024 event speakers', `substr(e.start_date, 1, 4) = '2024'`, 'speaker'],
  ])('%s: the companies in the relation at those events', (q, where, relation) => {
    const expected = [
      ...f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
         JOIN events e ON e.id = pa.event_id WHERE pa.relation = ? AND ${where}`,
        relation,
      ),
    ]
      .map(String)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    if (q.startsWith('how many')) expect(asked.rows[0]?.[0]).toBe(new Set(expected.map((x) => x.toLowerCase())).size);
    else expect([...new Set(asked.rows.map((r) => String(r[0])))].sort()).toEqual(expected);
  });

  // a plain noun of companies after a phrase of events is its head: the companies taking part in those events, never
  // the events with some company among them
  it.each([
    ['2025 event companies', `substr(e.start_date, 1, 4) = '2025'`],
    ['list 2024 conference firms', `substr(e.start_date, 1, 4) = '2024'`],
    ['how many 2025 expo cos', `substr(e.start_date, 1, 4) = '2025'`],
  ])('%s: the companies taking part in those events', (q, where) => {
    const expected = [
      ...f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
         JOIN events e ON e.id = pa.event_id WHERE ${where}`,
      ),
    ]
      .map(String)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    expect(asked.interpretation).toMatch(/^(number of )?companies/);
    if (q.startsWith('how many')) expect(asked.rows[0]?.[0]).toBe(new Set(expected.map((x) => x.toLowerCase())).size);
    else expect([...new Set(asked.rows.map((r) => String(r[0])))].sort()).toEqual(expected);
  });
});
