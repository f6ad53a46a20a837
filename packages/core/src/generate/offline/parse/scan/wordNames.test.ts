import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * A name that is also an English word, typed in lower case: "seamless" is the event Seamless Asia 2025 (a word of its
 * name only) and the company Seamless. Before a noun of companies it is the event, never a free-text theme; as the
 * subject of "does ... have" it is the company when a head count is asked, the event when a relation noun is. Real
 * data (`topics.ts` oneEventsWord, `values.ts` subjectOfHave).
 */
describe.skipIf(!hasRealData)('a lower-case name that is an English word (real data)', () => {
  warnIfNoRealData('wordNames');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const atSeamless = (relation: string | null): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       JOIN events e ON e.id = pa.event_id WHERE e.name LIKE 'Seamless Asia%'${relation ? ' AND pa.relation = ?' : ''}`,
      ...(relation ? [relation] : []),
    );

  it.each([
    ['seamless experts', 'expert'],
    ['seamless companies', null],
  ] as const)('%s: the companies at the event', (q, relation) => {
    const expected = atSeamless(relation);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q), 'company'))).toEqual(expected);
  });

  it('how many employees does seamless have: the company', () => {
    const asked = f.ask('how many employees does seamless have');
    expect(asked.kind === 'sql' && asked.interpretation).toContain('companies named Seamless');
  });

  it('how many experts does seamless have: the event', () => {
    const asked = f.ask('how many experts does seamless have');
    expect(asked.kind === 'sql' && asked.interpretation).toContain('named Seamless Asia 2025');
    // companies counted one per row of the data (two rows may share a name)
    const [ids] = f.oracle(
      `SELECT COUNT(DISTINCT pa.company_id) FROM participations pa JOIN events e ON e.id = pa.event_id
       WHERE e.name LIKE 'Seamless Asia%' AND pa.relation = 'expert'`,
    );
    expect(asked.kind === 'sql' && asked.rows[0]?.[0]).toBe(ids);
  });
});
