import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Asked, type Fixture } from '../../testkit';

warnIfNoRealData('nouns of rows and events counted once');

/** The first cell of a one-row answer. */
function figure(r: Asked): unknown {
  if (r.kind !== 'sql') throw new Error(`expected SQL, got ${r.kind}`);
  return r.rows[0]?.[0];
}

/**
 * An event listed under several URLs is one event: an average over "the events" counts its figure once, while "the
 * event listings" (entries, records, rows) are the stored rows, each counted. Singapore EXPO has events listed
 * several times (CeMAT Southeast Asia, Home Inspirations), so the two figures differ there.
 */
describe.runIf(hasRealData)('events once, listings each (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  // the venue complex: every spelling of it and the listings of its own site (`venueGroups.test.ts`)
  const atExpo = `venue_group = 'Singapore EXPO'`;
  const perRow = (): unknown => f.db.prepare(`SELECT AVG(duration_days) FROM events WHERE ${atExpo}`).pluck().get();
  const perEvent = (): unknown =>
    f.db
      .prepare(
        `SELECT AVG(d) FROM (SELECT AVG(duration_days) AS d FROM events WHERE ${atExpo} AND duration_days IS NOT NULL GROUP BY lower(name))`,
      )
      .pluck()
      .get();

  it('the data lists some events at Singapore EXPO more than once (the two figures differ)', () => {
    expect(perRow()).not.toBe(perEvent());
  });

  it.each([
    "What's the average length in days of the event listings held at Singapore EXPO?",
    'average duration of the listings of events at Singapore EXPO',
    'mean length of event records at Singapore EXPO',
  ])('a noun of rows averages every row: %s', (q) => {
    expect(figure(f.ask(q))).toBeCloseTo(perRow() as number, 9);
  });

  it.each([
    'What is the average length in days of the events held at Singapore EXPO?',
    'average event duration at Singapore EXPO',
  ])('the events average each event name once: %s', (q) => {
    const asked = f.ask(q);
    expect(figure(asked)).toBeCloseTo(perEvent() as number, 9);
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/each event name once/);
  });

  it('a count of events counts each event name once, the listings beside it', () => {
    const names = f.db
      .prepare(`SELECT COUNT(DISTINCT lower(name)) FROM events WHERE start_date BETWEEN '2024-09-01' AND '2024-09-30'`)
      .pluck()
      .get();
    const rows = f.db
      .prepare(`SELECT COUNT(*) FROM events WHERE start_date BETWEEN '2024-09-01' AND '2024-09-30'`)
      .pluck()
      .get();
    // CeMAT Southeast Asia is listed under seven URLs that month
    expect(rows).not.toBe(names);
    expect(figure(f.ask('How many events start in September 2024?'))).toBe(names);
    expect(figure(f.ask('how many event listings start in September 2024'))).toBe(rows);
  });

  it('a grouping of events counts each event name once in its group', () => {
    const asked = f.ask('number of events by venue');
    const expo = asked.kind === 'sql' ? asked.rows.find((r) => r[0] === 'Singapore EXPO') : undefined;
    // the group is the venue complex (every spelling of Singapore EXPO: `venueGroups.test.ts`)
    expect(expo?.[1]).toBe(
      f.db.prepare(`SELECT COUNT(DISTINCT lower(name)) FROM events WHERE venue_group = 'Singapore EXPO'`).pluck().get(),
    );
  });

  it('a list of events shows each event once per the facts it shows (not per URL); "the event listings" every row', () => {
    const window = `start_date BETWEEN '2024-09-01' AND '2024-09-30'`;
    const shown = f.db
      .prepare(
        `SELECT COUNT(*) FROM (SELECT DISTINCT lower(name), start_date, end_date, venue, city, country FROM events WHERE ${window})`,
      )
      .pluck()
      .get();
    const rows = f.db.prepare(`SELECT COUNT(*) FROM events WHERE ${window}`).pluck().get();
    // CeMAT Southeast Asia is listed under seven URLs that month, on two sets of dates
    expect(shown).toBeLessThan(rows as number);
    for (const q of ['list the events in September 2024', 'which events start in September 2024?']) {
      const asked = f.ask(q);
      if (asked.kind !== 'sql') throw new Error(`expected SQL for ${q}`);
      expect(asked.rows).toHaveLength(shown as number);
      const facts = asked.rows.map((r) => JSON.stringify([String(r[0]).toLowerCase(), ...r.slice(2)]));
      expect(new Set(facts).size).toBe(facts.length);
      // the list's own order holds: by start date
      const dates = asked.rows.map((r) => String(r[2]));
      expect(dates).toEqual([...dates].sort());
    }
    const listings = f.ask('list the event listings in September 2024');
    expect(listings.kind === 'sql' ? listings.rows.length : 0).toBe(rows);
    expect(listings.kind === 'sql' ? listings.interpretation : '').toMatch(/every listing/);
  });

  it('listings of one event on different dates stay apart: both dates are answered', () => {
    const asked = f.ask('cemat dates?');
    expect(new Set(column(asked, 'start_date'))).toEqual(
      f.oracle(`SELECT start_date FROM events WHERE name = 'CeMAT Southeast Asia'`),
    );
    expect(column(asked, 'start_date')).toHaveLength(2);
  });

  it('an event listed twice is kept when only its later listing passes the conditions', () => {
    // Home Inspirations 2024 is listed in December 2024 and again in January 2025: January's list still shows it
    const asked = f.ask('events in January 2025');
    const events = asked.kind === 'sql' ? asked.rows.map((r) => r[0]) : [];
    const expected = f.db
      .prepare(`SELECT DISTINCT name FROM events WHERE start_date BETWEEN '2025-01-01' AND '2025-01-31'`)
      .pluck()
      .all();
    expect([...events].sort()).toEqual([...expected].sort());
  });

  it('a noun of rows beside no entity noun is not read as one', () => {
    const asked = f.ask('records at Singapore EXPO');
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/listing/);
  });
});
