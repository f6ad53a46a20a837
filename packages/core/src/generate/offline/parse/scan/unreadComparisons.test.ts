import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../../testkit';

describe('comparisons the data cannot hold, and aggregates said after their attribute (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['events with more than 500 attendees', 'more than 500 attendees'],
    ['trade fairs with over 20,000 visitors next year', 'over 20,000 visitors'],
    ['conferences with at least 300 delegates', 'at least 300 delegates'],
    ['expos with fewer than 40 booths', 'fewer than 40 booths'],
  ])('asked about, naming the comparison: %s', (q, part) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('clarify');
    if (asked.kind === 'clarify') expect(asked.clarification.part.replace(/,/g, '')).toBe(part.replace(/,/g, ''));
  });

  it.each(['events with more than 5 sponsors', 'companies with over 500 employees', 'events lasting more than 2 days'])(
    'comparisons the data holds are still answered: %s',
    (q) => {
      expect(f.ask(q).kind).toBe('sql');
    },
  );

  it('a comparison with no noun counts what the superlative measures', () => {
    const fewest = f.oracle(
      `WITH n AS (SELECT event_id, COUNT(DISTINCT company_id) AS c FROM participations WHERE relation = 'sponsor' GROUP BY event_id)
       SELECT e.url FROM events e JOIN n ON n.event_id = e.id WHERE n.c = (SELECT MIN(c) FROM n)`,
    );
    const asked = f.ask('which event has the fewest sponsors, among those with at least one');
    if (asked.kind !== 'sql') throw new Error(asked.kind);
    expect(new Set(asked.rows.map((r) => r[asked.columns.indexOf('url')]))).toEqual(fewest);
  });

  it.each([
    ['how long do events last on average', 'SELECT AVG(duration_days) FROM events'],
    [
      'how many days does an event in the next 6 months last on average',
      `SELECT AVG(duration_days) FROM events WHERE start_date BETWEEN '2024-07-15' AND '2025-01-15'`,
    ],
    [
      'what revenue do sponsors make on average',
      `SELECT AVG(revenue_usd) FROM companies WHERE id IN (SELECT company_id FROM participations WHERE relation = 'sponsor')`,
    ],
  ])('an average said after its attribute: %s', (q, oracle) => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    expect(asked.rows).toHaveLength(1);
    expect(Number(asked.rows[0]?.[0])).toBeCloseTo(Number(f.db.prepare(oracle).pluck().get()), 6);
  });
});
