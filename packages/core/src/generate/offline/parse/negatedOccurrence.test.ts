import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { AS_OF, column, realFixture, type Fixture } from '../testkit';

/**
 * A negated verb of an event's occurring or ending is a time condition, never dropped: "haven't taken place yet" is
 * the events still to start, "aren't over yet" the events not ended; a modal ("won't happen") is asked about.
 */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('negated occurrence verbs');

describe.runIf(hasRealData)('negated occurrence verbs (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());
  const events = (q: string): Set<unknown> => new Set(column(f.ask(q), 'event'));
  const upcoming = (): Set<unknown> => f.oracle(`SELECT DISTINCT name FROM events WHERE start_date >= ?`, AS_OF);

  it('reads "not taken place / happened / held yet" as the events from today on', () => {
    const all = f.oracle(`SELECT DISTINCT name FROM events`);
    expect(upcoming().size).toBeLessThan(all.size);
    for (const q of [
      "which events haven't taken place yet",
      "events that didn't happen yet",
      'which events have not yet been held',
      'events that have not started',
    ])
      expect(events(q), q).toEqual(upcoming());
  });

  it('reads "not over yet" as the events not ended (a running one included)', () => {
    const notEnded = f.oracle(`SELECT DISTINCT name FROM events WHERE COALESCE(end_date, start_date) >= ?`, AS_OF);
    expect(events('which events are not over yet')).toEqual(notEnded);
  });

  it('keeps a negated place a place, and keeps both a place and the negated occurrence', () => {
    const asked = f.ask('events not held in singapore');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/not in Singapore/);
    expect(asked.kind === 'sql' && asked.interpretation).not.toMatch(/2024-07-15/);
    const both = f.ask("which events haven't happened yet in singapore");
    expect(both.kind === 'sql' && both.interpretation).toMatch(/on or after 2024-07-15.*Singapore/);
  });

  it('asks about a negated occurrence after a modal ("won\'t happen") or in the simple past without "yet"', () => {
    // a plan, or a cancellation ("events that didn't happen"), which no date tells
    for (const q of ["which events won't take place", "events that didn't happen", 'events that were not held'])
      expect(f.ask(q).kind, q).not.toBe('sql');
  });
});
