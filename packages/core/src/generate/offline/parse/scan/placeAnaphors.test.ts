import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * "there" and "that event" in a follow-up carry the earlier turn's event: after "seamless asia cos", "emails for the
 * sales folks there" are the sales people of companies at Seamless Asia, never every sales person; with no earlier
 * turn the reference is asked about. Real data.
 */
describe.skipIf(!hasRealData)('a follow-up placed "there" or "at that event" (real data)', () => {
  warnIfNoRealData('placeAnaphors');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const salesAtSeamless = (): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT p.email FROM people p JOIN person_job_functions j ON j.person_id = p.id
       WHERE j.job_function = 'sales' AND p.email IS NOT NULL AND p.email <> '' AND p.company_id IN (
         SELECT pa.company_id FROM participations pa JOIN events e ON e.id = pa.event_id
         WHERE e.name LIKE 'Seamless Asia%')`,
    );

  it.each(['emails for the sales folks there', 'emails for the sales folks at that event'])(
    'seamless asia cos -> %s: the sales people of those companies',
    (q) => {
      const expected = salesAtSeamless();
      // every sales person with an e-mail is many more: the event is what the reference carries
      const all = f.oracle(
        `SELECT DISTINCT p.email FROM people p JOIN person_job_functions j ON j.person_id = p.id
         WHERE j.job_function = 'sales' AND p.email IS NOT NULL AND p.email <> ''`,
      );
      expect(expected.size).toBeGreaterThan(10);
      expect(all.size).toBeGreaterThan(expected.size * 2);
      expect(new Set(column(f.ask('seamless asia cos', q), 'email'))).toEqual(expected);
    },
  );

  it('after events, "who is sponsoring there" are the sponsors of those events', () => {
    const asked = f.ask('events in singapore in october 2024', 'who is sponsoring there');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/sponsors of events in Singapore/);
  });

  it('with no earlier turn, "there" is asked about, never dropped', () => {
    expect(f.ask('emails for the sales folks there').kind).toBe('clarify');
  });

  it.each(['who is speaking there', 'any cfos there?', 'list the sales people there'])(
    'with no earlier turn, "%s" asks which event or place "there" is, offering no word spelt like it',
    (q) => {
      const asked = f.ask(q);
      expect(asked.kind).toBe('clarify');
      if (asked.kind !== 'clarify') return;
      expect(asked.clarification.part).toBe('there');
      expect(asked.clarification.question).toMatch(/Nothing said so far .* "there"/);
      // "theme", "where", "these" are no readings of a reference
      expect(asked.clarification.options).toEqual([]);
    },
  );

  it.each(['are there sponsors at seamless asia', 'what events are there in singapore'])(
    'an existential "there" is no reference: %s',
    (q) => {
      expect(f.ask(q).kind).toBe('sql');
    },
  );
});
