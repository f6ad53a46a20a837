import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, columns, demoFixture, type Fixture } from '../../testkit';

describe('a relation noun after an event name names the companies', () => {
  let f: Fixture;
  let event: string;
  beforeAll(async () => {
    f = await demoFixture();
    // the event with the most partners that have a known size
    event = String(
      [
        ...f.oracle(
          `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id JOIN companies c ON c.id = p.company_id
           WHERE p.relation = 'partner' AND c.employees_min IS NOT NULL GROUP BY e.id ORDER BY COUNT(*) DESC, e.name LIMIT 1`,
        ),
      ][0],
    );
  });
  afterAll(() => f.close());

  const partners = (): Set<unknown> =>
    f.oracle(
      `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE p.relation = 'partner' AND e.name = ?`,
      event,
    );

  it('"<event> partners with more than N employees" answers with partner companies, not the event', () => {
    const asked = f.ask(`${event} partners with more than 1 employees`);
    expect(columns(asked)).not.toContain('event');
    const names = column(asked, 'company');
    expect(names.length).toBeGreaterThan(0);
    const all = partners();
    for (const n of names) expect(all.has(n)).toBe(true);
  });
});
