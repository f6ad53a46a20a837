import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedInBoth } from './guardedInBoth.testkit';
import { column, realFixture, type Fixture } from '../testkit';

warnIfNoRealData('averages of linked rows counted once by name');

/**
 * "the average number of companies per event" takes events and companies as counts and lists take them: an event
 * listed under several URLs is one event (its listings' companies together), and a company listed under two domains
 * ("Mitsubishi Electric" at the space convention) is one company there. It gave company rows / event rows (39.05 over
 * the events with companies, where the convention's figure is 38.6). A company's name is taken as stored: "Airfree"
 * and "airfree" at the aviation festival are two companies (two domains, two industries), 38.63 as writers count it,
 * where folding the case gave 38.58. The oracles work over the raw rows in TypeScript, not over the compiler's SQL.
 */
describe.runIf(hasRealData)('averages counted once by name (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  interface Link {
    event: string;
    company: string;
    relation: string;
    start: string | null;
  }
  const links = (): Link[] =>
    (
      f.db
        .prepare(
          `SELECT e.name AS event, c.name AS company, pa.relation AS relation, e.start_date AS start FROM participations pa
           JOIN events e ON e.id = pa.event_id JOIN companies c ON c.id = pa.company_id`,
        )
        .all() as Link[]
    ).map((l) => ({ ...l, event: l.event.toLowerCase() }));
  const eventNames = (): string[] => [
    ...new Set((f.db.prepare('SELECT name FROM events').pluck().all() as string[]).map((n) => n.toLowerCase())),
  ];
  /** The mean over `events` of the distinct company names linked to each (under `relation` when given). */
  const meanCompanies = (events: readonly string[], relation?: string, listing?: (l: Link) => boolean): number => {
    const byEvent = new Map<string, Set<string>>(events.map((e) => [e, new Set<string>()]));
    for (const l of links())
      if ((!relation || l.relation === relation) && (!listing || listing(l))) byEvent.get(l.event)?.add(l.company);
    return [...byEvent.values()].reduce((s, c) => s + c.size, 0) / byEvent.size;
  };
  const figure = (q: string, name: string): number => Number(column(f.ask(q), name)[0]);

  it('the data holds what the convention is about: events listed twice, a company under two domains at one event', () => {
    expect(eventNames().length).toBeLessThan(Number([...f.oracle('SELECT COUNT(*) FROM events')][0]));
    const pairs = links().map((l) => `${l.event}|${l.company}`);
    const rows = f.oracle(`SELECT COUNT(DISTINCT event_id || '|' || company_id) FROM participations`);
    expect(new Set(pairs).size).toBeLessThan(Number([...rows][0]));
  });

  it('over the events that have companies: distinct company names per event name', () => {
    const withCompanies = [...new Set(links().map((l) => l.event))];
    const expected = meanCompanies(withCompanies);
    const asked = f.ask('among events with companies, what is the average number of companies per event');
    expect(Number(column(asked, 'avg_n_companies')[0])).toBeCloseTo(expected, 9);
    expect(Number(column(asked, 'events')[0])).toBe(withCompanies.length);
    expect(expected).toBeCloseTo(38.6, 1);
    // as it is said: one decimal
    expect(Number(column(asked, 'avg_n_companies_rounded')[0])).toBe(Math.round(expected * 10) / 10);
  });

  it('over every event, one with none counted as 0, each name once', () => {
    expect(figure('average number of companies per event', 'avg_n_companies')).toBeCloseTo(
      meanCompanies(eventNames()),
      9,
    );
    expect(figure('average number of sponsors per event', 'avg_n_sponsors')).toBeCloseTo(
      meanCompanies(eventNames(), 'sponsor'),
      9,
    );
  });

  it('a window keeps the listings inside it, grouped by name', () => {
    const inYear = (start: string | null): boolean => start !== null && start >= '2024-01-01' && start <= '2024-12-31';
    const starts = f.db.prepare('SELECT name, start_date FROM events').raw(true).all() as [string, string | null][];
    const names = [...new Set(starts.filter(([, s]) => inYear(s)).map(([n]) => n.toLowerCase()))];
    const asked = f.ask('average number of exhibitors per event in 2024');
    expect(Number(column(asked, 'events')[0])).toBe(names.length);
    expect(Number(column(asked, 'avg_n_exhibitors')[0])).toBeCloseTo(
      meanCompanies(names, 'exhibitor', (l) => inYear(l.start)),
      9,
    );
  });

  it('the events a company attends are counted once by name, over companies once by name', () => {
    const companies = f.db.prepare('SELECT DISTINCT name FROM companies').pluck().all() as string[];
    const names = new Map<string, Set<string>>(companies.map((name) => [name, new Set<string>()]));
    const rows = f.db
      .prepare(
        `SELECT c.name AS company, lower(e.name) AS event FROM participations pa JOIN events e ON e.id = pa.event_id
         JOIN companies c ON c.id = pa.company_id`,
      )
      .all() as { company: string; event: string }[];
    for (const r of rows) names.get(r.company)?.add(r.event);
    const expected = [...names.values()].reduce((s, e) => s + e.size, 0) / names.size;
    expect(figure('average number of events per company', 'avg_n_events')).toBeCloseTo(expected, 9);
  });

  it('the interpretation says per event, each name once, never per row of events', () => {
    const asked = f.ask('average number of companies per event');
    const text = asked.kind === 'sql' ? asked.interpretation : asked.kind;
    expect(text).toMatch(/per event, over events \(each event name once/);
    expect(text).toContain('each company name once');
    expect(text).not.toMatch(/per row of events/);
  });

  it.each([
    'among events with companies, what is the average number of companies per event',
    'average number of directors per event',
    'average number of events per company',
  ])('%s compiles to SQL the guard accepts in SQLite and PostgreSQL', (q) => {
    expect(() => guardedInBoth(f.ask(q))).not.toThrow();
  });
});
