import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, sql, type Fixture } from '../testkit';

/** "X is attending which events?": the noun after an interrogative "which" is what is listed (demo data). */
describe('an interrogative which after the verb', () => {
  let f: Fixture;
  /** A demo company taking part in the most events (its name is generated). */
  let company = '';
  beforeAll(async () => {
    f = await demoFixture();
    const [name] = f.oracle(
      `SELECT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id GROUP BY c.id ORDER BY count(DISTINCT pa.event_id) DESC, c.name LIMIT 1`,
    );
    company = String(name);
  });
  afterAll(() => f.close());

  const eventsOf = (relation: string | null): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT e.name FROM events e JOIN participations pa ON pa.event_id = e.id JOIN companies c ON c.id = pa.company_id WHERE c.name = ?${relation ? ` AND pa.relation = '${relation}'` : ''}`,
      company,
    );

  it.each([
    ['X is attending which events?', null],
    ['so X is going to which events', null],
    ['X sponsors which events', 'sponsor'],
  ])('%s lists the events', (q, relation) => {
    const expected = eventsOf(relation);
    if (relation !== null && expected.size === 0) return;
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q.replace('X', company)), 'event'))).toEqual(expected);
  });

  it('a relative which after its noun is still relative', () => {
    const asked = f.ask('companies which are attending events');
    expect(column(asked, 'company').length).toBeGreaterThan(0);
  });

  // "events at which companies are participating": the preposition follows its noun and a verb follows the noun
  // "which" determines, so "which" opens a relative clause and the events are the answer
  it.each([
    ['events at which companies from X are participating', 'events where companies from X participate'],
    ['the events in which businesses in X take part', 'events where companies in X take part'],
  ])('%s lists the events', (q, same) => {
    const [country] = f.oracle(
      `SELECT country FROM companies WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 1`,
    );
    const a = f.ask(q.replace('X', String(country)));
    expect(column(a, 'event').length).toBeGreaterThan(0);
    expect(sql(a)).toBe(sql(f.ask(same.replace('X', String(country)))));
  });

  it('a preposition and "which" with no verb after its noun still ask: "sponsors at which events?"', () => {
    expect(column(f.ask('sponsors at which events?'), 'event').length).toBeGreaterThan(0);
  });
});
