import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../testkit';

/** A company named before the noun of events: the events it takes part in are the answer (demo data). */
describe('company before an events noun', () => {
  let f: Fixture;
  /** The demo company at the most events (its name is generated). */
  let company = '';
  beforeAll(async () => {
    f = await demoFixture();
    const [name] = f.oracle(
      `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id
       GROUP BY c.id ORDER BY count(DISTINCT p.event_id) DESC, c.name LIMIT 1`,
    );
    company = String(name);
  });
  afterAll(() => f.close());

  const eventsOf = (name: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT e.name FROM events e JOIN participations p ON p.event_id = e.id
       JOIN companies c ON c.id = p.company_id WHERE c.name = ?`,
      name,
    );

  it.each(['X events', 'x events', 'list X events'])('%s lists the events of that company', (q) => {
    const asked = f.ask(q.replace('X', company).replace('x', company.toLowerCase()));
    expect(asked.kind).toBe('sql');
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/^events /);
    expect(new Set(column(asked, 'event'))).toEqual(eventsOf(company));
  });

  it('a relation noun after the company says what the company is: X sponsors', () => {
    const asked = f.ask(`${company} sponsors`);
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/^companies /);
  });
});
