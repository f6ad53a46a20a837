import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, firstColumnNames, type Fixture } from '../../testkit';

/**
 * "whether they're sponsors, partners or speakers" after a verb of taking part in any way says which ways count:
 * their union at the event, never each one a link that must hold (0 rows).
 */
describe('a "whether" clause listing relations (demo data)', () => {
  let f: Fixture;
  let event = '';
  beforeAll(async () => {
    f = await demoFixture();
    const [name] = f.oracle(
      `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id GROUP BY e.id
       HAVING SUM(p.relation = 'sponsor') > 0 AND SUM(p.relation = 'partner') > 0 ORDER BY COUNT(*) DESC LIMIT 1`,
    );
    event = String(name);
  });
  afterAll(() => f.close());

  it('"companies involved in X, whether they\'re sponsors or partners" are its sponsors and partners', () => {
    const q = `companies involved in ${event}, whether they're sponsors or partners`;
    const expected = [
      ...f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e
         ON e.id = p.event_id WHERE e.name = ? AND p.relation IN ('sponsor', 'partner')`,
        event,
      ),
    ]
      .map(String)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(firstColumnNames(f.ask(q), q)).toEqual(expected);
  });
});
