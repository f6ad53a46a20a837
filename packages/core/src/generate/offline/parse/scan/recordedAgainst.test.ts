import { describe, expect, it } from 'vitest';
import { demoScanner, firstColumnNames } from '../../testkit';

/** Questions of this test's own over the demo data: a row recorded "against" an item takes part in it. */
describe('"listed against", "registered under": taking part (demo data)', () => {
  const demo = demoScanner();

  it('"events that have companies listed against them" are the events with companies', () => {
    const f = demo.fixture();
    expect(firstColumnNames(f.ask('which events have companies listed against them?'))).toEqual(
      firstColumnNames(f.ask('which events have companies?')),
    );
  });

  it('"sponsors registered under X" are X\'s sponsors', () => {
    const f = demo.fixture();
    const event = (
      f.db
        .prepare(
          `SELECT e.name AS name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = 'sponsor'
           GROUP BY e.id ORDER BY COUNT(*) DESC, e.id LIMIT 1`,
        )
        .get() as { name: string }
    ).name;
    const asked = firstColumnNames(f.ask(`sponsors listed against ${event}`));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).toEqual(firstColumnNames(f.ask(`sponsors of ${event}`)));
  });
});
