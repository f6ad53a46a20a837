import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('groups with nothing counted');

/**
 * "number of sponsors per event, including events with none": every event, with its number (zero included); the
 * aside is never dropped nor read as a negation or a theme. Without it the grouping lists the events with sponsors.
 */
describe.runIf(hasRealData)('groups with nothing counted (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['number of sponsors per event including events with none'],
    ['how many sponsors does each event have, even those with zero'],
    ['number of sponsors per event, zeros included'],
  ])('%s lists every event with its number of sponsors', (q) => {
    const asked = f.ask(q);
    const events = f.oracle('SELECT COUNT(*) FROM events');
    expect(column(asked, 'event')).toHaveLength(Number([...events][0]));
    const zero = column(asked, 'n_sponsors').filter((n) => n === 0).length;
    const without = f.oracle(
      "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM participations p WHERE p.event_id = e.id AND p.relation = 'sponsor')",
    );
    expect(zero).toBe(Number([...without][0]));
  });

  it('without the aside, only the events with sponsors are counted', () => {
    const counts = column(f.ask('number of sponsors per event'), 'count');
    expect(counts.every((n) => Number(n) > 0)).toBe(true);
  });

  it('"avg no. of companies per event (only events that have companies)" is one figure over those events', () => {
    const asked = f.ask('avg no. of companies per event (only events that have companies)');
    const [avg] = [
      // each event once by name, each company once by name (compile/averagedCount.test.ts)
      ...f.oracle(
        `SELECT AVG(n) FROM (SELECT COUNT(DISTINCT c.name) AS n FROM participations pa JOIN events e
         ON e.id = pa.event_id JOIN companies c ON c.id = pa.company_id GROUP BY lower(e.name))`,
      ),
    ];
    expect(Number(column(asked, 'avg_n_companies')[0])).toBeCloseTo(Number(avg), 6);
  });

  it('"average number of sponsors per event" averages over every event, those with none as 0', () => {
    const asked = f.ask('average number of sponsors per event');
    const [avg] = [
      ...f.oracle(
        `SELECT AVG(n) FROM (SELECT (SELECT COUNT(DISTINCT c.name) FROM participations p JOIN companies c
         ON c.id = p.company_id JOIN events e2 ON e2.id = p.event_id WHERE lower(e2.name) = lower(e.name)
         AND p.relation = 'sponsor') AS n FROM events e GROUP BY lower(e.name))`,
      ),
    ];
    expect(Number(column(asked, 'avg_n_sponsors')[0])).toBeCloseTo(Number(avg), 6);
  });

  it('"for the events that have companies, how many companies does each one have" keeps only those events', () => {
    const asked = f.ask(
      'For the February 2025 events that have companies listed, how many companies does each one have?',
    );
    const counts = column(asked, 'n_companies').map(Number);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n > 0)).toBe(true);
  });

  it.each([
    ['for the events starting in February 2025, how many sponsors does each have? skip the ones with none'],
    ['sponsor count for each event starting in Feb 2025, leaving out those that have zero'],
    ['number of sponsors for each event in february 2025 (excluding events with no sponsors)'],
  ])('%s lists only the members with something counted', (q) => {
    const asked = f.ask(q);
    const withSponsors = f.oracle(
      `SELECT DISTINCT e.name FROM events e JOIN participations p ON p.event_id = e.id
       WHERE p.relation = 'sponsor' AND e.start_date BETWEEN '2025-02-01' AND '2025-02-28'`,
    );
    expect(withSponsors.size).toBeGreaterThan(0);
    expect(new Set(column(asked, 'event'))).toEqual(withSponsors);
    // the number is the last column ("n_sponsors", "n_sponsor" as the count word says it)
    if (asked.kind !== 'sql') throw new Error('not answered');
    expect(asked.rows.every((r) => Number(r.at(-1)) > 0)).toBe(true);
  });

  it('"skip the ones with none" said where nothing is counted per member is asked back', () => {
    expect(f.ask('list the events in 2025, skip the ones with none').kind).toBe('clarify');
  });

  it('a grouping already leaves the members with none out: the aside restates it', () => {
    const asked = f.ask('speaker count per event, most first (skip events with none)');
    expect(asked.kind).toBe('sql');
    expect(column(asked, 'count').every((n) => Number(n) > 0)).toBe(true);
  });
});
