import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, demoFixture, firstColumnNames, valueIndexOf, type Fixture } from '../../testkit';
import type { ValueIndex } from '../../values/ValueIndex';
import { scanMentions } from '../scanMentions';

describe('a word of lying past or leaving out before a place is "not in" it (demo data)', () => {
  let f: Fixture;
  let index: ValueIndex;
  beforeAll(async () => {
    f = await demoFixture();
    index = valueIndexOf(f);
  });
  afterAll(() => f.close());

  /** Whether the words before the place were read as the preposition "outside". */
  const readsOutside = (q: string): boolean =>
    scanMentions(q, index, AS_OF).mentions.some((m) => m.t === 'prep' && m.p === 'outside');

  it.each([
    'events beyond Singapore in 2025',
    'events anywhere but singapore in 2025',
    // the year is the asked events' own, not the excluded ones' (it bounded the events left out)
    'events other than Singapore in 2025',
    'events in 2025 except in singapore',
  ])('%s: the events of 2025 held in a known place other than Singapore', (q) => {
    const expected = f.oracle(
      `SELECT name FROM events WHERE country IS NOT NULL AND country <> 'Singapore' AND start_date BETWEEN '2025-01-01' AND '2025-12-31'`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(firstColumnNames(f.ask(q), q))).toEqual(expected);
  });

  it('opening the question, the place is left out of what is asked, not of the noun nearest it', () => {
    // the question clause is read first: "apart from X" then follows "events", whose place it is not
    const asked = f.ask('Apart from Singapore, which country has the most companies attending events?');
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/^companies not in Singapore/);
  });

  it('a noun after the place makes it a modifier of the set left out, which stays an exclusion', () => {
    expect(readsOutside('companies beyond the US')).toBe(true);
    expect(readsOutside('sponsors other than Singapore software companies')).toBe(false);
  });
});
