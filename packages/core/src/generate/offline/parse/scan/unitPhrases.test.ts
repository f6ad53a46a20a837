import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('unit phrases after a measure');

/**
 * A unit after a measure says how the value is given, never a word of the events: "in days", and after a ranking
 * "by days" / "by (the) number of days" ("the longest event by number of days" is the longest event).
 */
describe.runIf(hasRealData)('units of a measure (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const longest = (): Set<unknown> =>
    f.oracle('SELECT name FROM events WHERE duration_days = (SELECT MAX(duration_days) FROM events)');

  it.each([
    'What is the longest event by number of days?',
    'the longest event by the number of days',
    'longest event by days',
    'which event lasts the longest in days',
  ])('the unit counted after a superlative is its measure: %s', (q) => {
    expect(new Set(column(f.ask(q), 'event'))).toEqual(longest());
  });

  it('"by number of days" after a superlative is no count of anything', () => {
    const asked = f.ask('the shortest event by number of days');
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/duration \(asc/);
  });
});
