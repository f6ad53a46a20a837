import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, demoFixture, realFixture, type Fixture } from '../../testkit';

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('events compared with a named event on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('sameDates');
  });
  afterAll(() => f?.close());

  /** An event that shares its dates with another one, by the data itself (else any event: the answer is then empty). */
  const sharedDates = (): { id: number; name: string } | undefined => {
    const rows = f?.db
      .prepare(
        `SELECT e.id, e.name FROM events e WHERE EXISTS (SELECT 1 FROM events x WHERE x.id <> e.id AND x.start_date = e.start_date AND COALESCE(x.end_date, x.start_date) = COALESCE(e.end_date, e.start_date) AND lower(x.name) <> lower(e.name)) ORDER BY length(e.name) DESC LIMIT 1`,
      )
      .all() as { id: number; name: string }[] | undefined;
    return (
      rows?.[0] ??
      (f?.db.prepare('SELECT id, name FROM events ORDER BY length(name) DESC LIMIT 1').get() as
        { id: number; name: string } | undefined)
    );
  };

  it.each(['Which other events run on the same dates as {}?', 'events on the same days as {}'])(
    '%s: the events sharing its dates, without the event itself',
    (template) => {
      if (!f) return;
      const ev = sharedDates();
      expect(ev).toBeDefined();
      if (!ev) return;
      const asked = f.ask(template.replace('{}', ev.name));
      expect(asked.kind).toBe('sql');
      const expected = f.oracle(
        `SELECT e.name FROM events e JOIN events x ON x.id = ? WHERE e.id <> x.id AND e.start_date = x.start_date AND COALESCE(e.end_date, e.start_date) = COALESCE(x.end_date, x.start_date)`,
        ev.id,
      );
      expect(new Set(column(asked, 'event'))).toEqual(expected);
    },
  );

  it.each([
    'which events clash with {}',
    'which events overlap with the dates of {}',
    'events coinciding with the schedule of {}',
    // "at the same time as" is while it runs: its dates overlapping, not the very same days
    'what else is on at the same time as {}',
    'which conferences are going on at the same time as {}',
    'which events are happening at the same time as {} (any dates that overlap with it)?',
    'expos running at the same time as {}, i.e. whose dates overlap with it',
    'other events on the same dates as {} - any dates that clash with it',
  ])('%s: the events whose dates overlap', (template) => {
    if (!f) return;
    const ev = sharedDates();
    if (!ev) return;
    const asked = f.ask(template.replace('{}', ev.name));
    const expected = f.oracle(
      `SELECT e.name FROM events e JOIN events x ON x.id = ? WHERE e.id <> x.id AND e.start_date <= COALESCE(x.end_date, x.start_date) AND COALESCE(e.end_date, e.start_date) >= x.start_date`,
      ev.id,
    );
    expect(new Set(column(asked, 'event'))).toEqual(expected);
  });
  /** An event whose venue (group) another event shares, preferring one that also runs with another there. */
  const sharedVenue = (): { id: number; name: string } | undefined =>
    f?.db
      .prepare(
        `SELECT e.id, e.name FROM events e WHERE EXISTS (SELECT 1 FROM events x WHERE x.id <> e.id AND COALESCE(x.venue_group, x.venue) = COALESCE(e.venue_group, e.venue) AND lower(x.name) <> lower(e.name))
         ORDER BY EXISTS (SELECT 1 FROM events x WHERE x.id <> e.id AND COALESCE(x.venue_group, x.venue) = COALESCE(e.venue_group, e.venue) AND x.start_date = e.start_date) DESC, length(e.name) DESC LIMIT 1`,
      )
      .get() as { id: number; name: string } | undefined;

  const SAME_PLACE = `COALESCE(e.venue_group, e.venue) = COALESCE(x.venue_group, x.venue)`;
  const SAME_DAYS = `e.start_date = x.start_date AND COALESCE(e.end_date, e.start_date) = COALESCE(x.end_date, x.start_date)`;
  const OVERLAPPING = `e.start_date <= COALESCE(x.end_date, x.start_date) AND COALESCE(e.end_date, e.start_date) >= x.start_date`;

  it.each([
    ['events at the same venue as {}', SAME_PLACE],
    ['what else is held in the same place as {}?', SAME_PLACE],
    ['shows at the same location as {}', SAME_PLACE],
    // co-located: at its venue while it runs
    ['Which events are co-located with {}?', `${SAME_PLACE} AND ${OVERLAPPING}`],
    ['which shows are colocated with {}', `${SAME_PLACE} AND ${OVERLAPPING}`],
    // several comparisons of one event, joined before it or said after the one that named it
    ['events at the same venue and on the same dates as {}', `${SAME_PLACE} AND ${SAME_DAYS}`],
    ['which events are co-located with {}, on the same dates at the same venue?', `${SAME_PLACE} AND ${SAME_DAYS}`],
    ['events on the same days as {}, at the same venue', `${SAME_PLACE} AND ${SAME_DAYS}`],
  ])('%s', (template, where) => {
    if (!f) return;
    const ev = sharedVenue();
    expect(ev).toBeDefined();
    if (!ev) return;
    const asked = f.ask(template.replace('{}', ev.name));
    expect(asked.kind).toBe('sql');
    const expected = f.oracle(
      `SELECT e.name FROM events e JOIN events x ON x.id = ? WHERE e.id <> x.id AND ${where}`,
      ev.id,
    );
    expect(new Set(column(asked, 'event'))).toEqual(expected);
  });
});
