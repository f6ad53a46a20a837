import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, sql, type Fixture } from '../../testkit';

/**
 * A quantifier left as the object of a verb of having stands for the noun said before ("avg number of companies
 * per event (events that have any)" = "... events that have any companies"): the same answer as the noun typed out,
 * never asked back; "none" is its absence; with no noun said before, it is asked about. Real data: events with and
 * without companies.
 */
describe.skipIf(!hasRealData)('a quantifier standing for the noun said before (real data)', () => {
  warnIfNoRealData('elidedObjects');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const answer = (q: string): unknown => {
    const a = f.ask(q);
    expect(a.kind).toBe('sql');
    return a.kind === 'sql' ? { sql: a.sql, params: a.params, rows: a.rows } : null;
  };

  it.each([
    [
      'avg number of companies per event (events that have any)',
      'avg number of companies per event (events that have any companies)',
    ],
    [
      'avg number of companies per event, events that have some',
      'avg number of companies per event, events that have some companies',
    ],
    [
      'avg number of companies per event (events that have none)',
      'avg number of companies per event (events that have no companies)',
    ],
    [
      'avg number of companies per event (events with none)',
      'avg number of companies per event (events with no companies)',
    ],
  ])('%s: as "%s"', (elided, typed) => {
    expect(answer(elided)).toEqual(answer(typed));
  });

  it('the restriction is on the events having the noun (it changes the answer)', () => {
    const some = f.ask('avg number of companies per event (events that have any)');
    const none = f.ask('avg number of companies per event (events that have none)');
    expect(sql(some)).toMatch(/"participations"/);
    expect(some.kind === 'sql' && none.kind === 'sql' && some.rows[0]?.[0]).not.toEqual(
      none.kind === 'sql' ? none.rows[0]?.[0] : undefined,
    );
  });

  it('with no noun said before, the quantifier is asked about, never dropped', () => {
    expect(f.ask('events that have none').kind).toBe('clarify');
    expect(f.ask('events that have any').kind).toBe('clarify');
  });
});
