import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstColumnNames, realFixture, type Fixture } from '../../../testkit';

/**
 * A place right after a verb of taking part with no object ("cos sponsoring in singapore") is where the events are
 * held, not where the companies are headquartered (blind30 d069 read it as the headquarters).
 */
describe.skipIf(!hasRealData)('a place after a verb of taking part (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const names = (q: string): string[] => firstColumnNames(f.ask(q), q);

  it('cos over a thousand employees sponsoring in singapore: sponsors of events held in Singapore', () => {
    const expected = [
      ...f.oracle(
        `SELECT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id JOIN events e ON e.id = pa.event_id
         WHERE pa.relation = 'sponsor' AND e.country = 'Singapore' AND c.employees_min > 1000`,
      ),
    ]
      .map(String)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(names('cos over a thousand employees sponsoring in singapore')).toEqual(expected);
  });

  it('a place before the verb stays the companies\' own ("companies in singapore sponsoring events")', () => {
    const asked = f.ask('companies in singapore sponsoring events');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(
      /in Singapore \(headquarters\)|companies in Singapore/,
    );
  });
});
