import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoFixture, type Fixture } from '../../testkit';

/**
 * A follow-up keeps the earlier turn's events and companies when its words point at them without naming them: a verb
 * of taking part with no object, "anyone (we know) there", "who from those companies". Never every event's rows.
 */
describe('follow-ups keep the earlier context (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const atEvents = (relation: string | null): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.domain FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE e.country = 'Singapore' AND e.start_date LIKE '2025-%'${relation ? ` AND p.relation = '${relation}'` : ''}`,
    );

  it.each([
    ['who is attending?', null],
    ['and who is speaking', 'speaker'],
    ['which companies are sponsoring?', 'sponsor'],
  ])('a verb of taking part with no object takes part in the earlier events: %s', (q, relation) => {
    const r = f.ask('Which events are in Singapore in 2025?', q);
    expect(r.kind).toBe('sql');
    const got = new Set(column(r, 'domain'));
    expect(got.size).toBeGreaterThan(0);
    expect(got).toEqual(atEvents(relation));
  });

  const peopleAtSponsors = (fn: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT pe.full_name FROM people pe JOIN person_job_functions pf ON pf.person_id = pe.id
       WHERE pf.job_function = ? AND pe.company_id IN (SELECT p.company_id FROM participations p JOIN events e ON e.id = p.event_id
       WHERE p.relation = 'sponsor' AND e.country = 'Singapore' AND e.start_date LIKE '2025-%')`,
      fn,
    );

  it.each([
    ['anyone we know there in marketing?', 'marketing'],
    ['anybody there in sales', 'sales'],
    ['who from those companies works in sales?', 'sales'],
    ['who at those companies does marketing', 'marketing'],
  ])('people pointed at through the earlier companies are theirs: %s', (q, fn) => {
    const r = f.ask('which companies sponsor events in Singapore in 2025?', q);
    expect(r.kind).toBe('sql');
    expect(r.kind === 'sql' ? r.interpretation : '').toMatch(/^people/);
    const got = new Set(column(r, 'full_name'));
    expect(got.size).toBeGreaterThan(0);
    expect(got).toEqual(peopleAtSponsors(fn));
  });

  it.each(['and the partners?', 'what about the speakers', 'and partners'])(
    'a relation noun alone after a count per event keeps the count per event, of that relation: %s',
    (q) => {
      const relation = /exhibitor/.test(q) ? 'exhibitor' : /speaker/.test(q) ? 'speaker' : 'partner';
      const r = f.ask('how many sponsors does each event have', q);
      expect(r.kind).toBe('sql');
      const got = new Set(r.kind === 'sql' ? r.rows.map((row) => `${String(row[1])}|${String(row.at(-1))}`) : []);
      expect(got.size).toBeGreaterThan(1);
      expect(got).toEqual(
        f.oracle(
          `SELECT e.url || '|' || COUNT(*) FROM participations p JOIN events e ON e.id = p.event_id
           WHERE p.relation = ? GROUP BY e.id`,
          relation,
        ),
      );
    },
  );

  it('"anyone there" with no earlier turn is asked about, never every person', () => {
    expect(f.ask('anyone there in sales?').kind).toBe('clarify');
  });
});
