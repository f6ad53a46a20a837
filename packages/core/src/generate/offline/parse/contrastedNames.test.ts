import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../testkit';

/**
 * A name after "than" / "from" contrasted by "different" / "other" is left out of the rows said: "companies at a
 * different event than X" are at some event that is not X (read as "at events" and "at X", the contrast was lost),
 * "events different from X" are the other events (read as X itself, inverted). A contrast no condition holds ("a
 * different country than X") is asked about.
 */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('"different / other <noun> than <name>"');

describe.runIf(hasRealData)('"different / other <noun> than <name>" (real data)', () => {
  let f: Fixture;
  let event = '';
  beforeAll(async () => {
    f = await realFixture();
    event = String([...f.oracle(`SELECT name FROM events WHERE name LIKE 'Worldchefs%' LIMIT 1`)][0]);
  });
  afterAll(() => f.close());
  const names = (q: string, col: string): Set<unknown> => new Set(column(f.ask(q), col));

  it('companies at a different event than X: at some event that is not X', () => {
    const expected = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE e.name <> ?`,
      event,
    );
    for (const q of ['companies at a different event than worldchefs', 'companies at other events than worldchefs'])
      expect(names(q, 'company'), q).toEqual(expected);
  });

  it('events different from X: every event but X', () => {
    const expected = f.oracle(`SELECT DISTINCT name FROM events WHERE name <> ?`, event);
    expect(names('events different from worldchefs', 'event')).toEqual(expected);
  });

  it('people at a different company than X: at any company but X', () => {
    const asked = f.ask('people at a different company than rtx');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/companies other than RTX/);
  });

  it('asks about a contrast no condition holds', () => {
    expect(f.ask('companies in a different country than rtx').kind).toBe('clarify');
  });
});
