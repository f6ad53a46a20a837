import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('ranked lists');

/**
 * "Which X has the most Y" is one winner (ties kept), "top N" N ranked rows, "ranked by" / "list X by number of Y"
 * the whole list in that order; a superlative inside a filtered set ranks within the filter.
 */
describe.runIf(hasRealData)('one winner, top N, the whole ranked list (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const sponsorsPerEvent = (): Map<unknown, number> =>
    new Map(
      (
        f.db
          .prepare(
            // an event's sponsors are its sponsor rows, as the conventions count them ("count relation = sponsor per
            // event")
            "SELECT e.url, (SELECT COUNT(DISTINCT p.company_id) FROM participations p WHERE p.event_id = e.id AND p.relation = 'sponsor') FROM events e",
          )
          .raw(true)
          .all() as [unknown, number][]
      ).map(([u, n]) => [u, n]),
    );

  it.each([
    ['events ranked by number of sponsors'],
    ['events ranked by sponsors'],
    ['list events by number of sponsors'],
  ])('%s is every event, most sponsors first', (q) => {
    const asked = f.ask(q);
    const expected = sponsorsPerEvent();
    const urls = column(asked, 'url');
    const counts = column(asked, 'n_sponsors').map(Number);
    expect(urls.length).toBe(expected.size);
    urls.forEach((u, i) => expect(counts[i]).toBe(expected.get(u)));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('"top 3 ... by number of sponsors" is three ranked rows (ties kept)', () => {
    const counts = column(f.ask('top 3 events in Singapore by number of sponsors'), 'rank').map(Number);
    expect(counts.every((r) => r <= 3)).toBe(true);
  });

  it('"which event has the most sponsors" is one winner', () => {
    const best = Math.max(...sponsorsPerEvent().values());
    expect(column(f.ask('which event has the most sponsors'), 'n_sponsors')).toEqual([best]);
  });

  it('a superlative inside a filtered set ranks within the filter', () => {
    const asked = f.ask('which of the events in 2025 has the most exhibitors');
    const dates = column(asked, 'start_date').map(String);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d.startsWith('2025'))).toBe(true);
  });

  it('"rank countries by number of companies" groups the companies by country, most first', () => {
    const counts = column(f.ask('rank countries by number of companies'), 'companies').map(Number);
    expect(counts.length).toBeGreaterThan(5);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  const sponsors = (): Set<unknown> =>
    f.oracle(
      "SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id WHERE p.relation = 'sponsor'",
    );

  it.each([
    ['sort the sponsors by revenue', 'revenue_usd'],
    ['sort sponsors by employees', 'employees_min'],
  ])('%s is every sponsor in that order, those with no figure last (no top ten without a number)', (q, figure) => {
    const asked = f.ask(q);
    expect(new Set(column(asked, 'company'))).toEqual(sponsors());
    const figures = column(asked, figure);
    const known = figures.filter((x) => x !== null).map(Number);
    expect(known.length).toBeGreaterThan(10);
    expect(figures.slice(0, known.length)).toEqual(known);
    expect(known).toEqual([...known].sort((a, b) => b - a));
  });

  it.each([
    ['sort sponsors by revenue from lowest to highest', 'asc'],
    ['sponsors sorted by revenue ascending', 'asc'],
    ['sort the sponsors by revenue, highest first', 'desc'],
  ])('%s says which end comes first', (q, order) => {
    const known = column(f.ask(q), 'revenue_usd')
      .filter((x) => x !== null)
      .map(Number);
    expect(known.length).toBeGreaterThan(10);
    expect(known).toEqual([...known].sort((a, b) => (order === 'asc' ? a - b : b - a)));
  });

  it('an end said of no ranking on a column is asked about', () => {
    expect(f.ask('events ranked by number of sponsors, fewest first').kind).toBe('clarify');
  });

  it.each([['sponsors sorted by revenue, top 5'], ['the biggest sponsors by revenue']])(
    "%s keeps its number or its superlative's top",
    (q) => {
      const ranks = column(f.ask(q), 'rank').map(Number);
      expect(ranks.length).toBeGreaterThan(0);
      expect(Math.max(...ranks)).toBeLessThanOrEqual(q.includes('top 5') ? 5 : 10);
    },
  );

  it('"order the events in 2025 by date" is each event of the year once, earliest first', () => {
    const dates = column(f.ask('order the events in 2025 by date'), 'start_date').map(String);
    const plain = column(f.ask('events in 2025'), 'start_date');
    expect(dates.length).toBe(plain.length);
    expect(dates).toEqual([...dates].sort());
  });

  it.each([['the largest sponsor at each event'], ['the oldest company in each industry']])(
    '%s (a winner per group) is asked back, never answered as a count per group',
    (q) => {
      expect(f.ask(q).kind).toBe('clarify');
    },
  );
});
