import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, startWindows, type Fixture } from '../testkit';
import { yearAfterRowNoun } from './fragmentYears';

/**
 * A year typed with no preposition after a noun of the rows asked dates their events, as "in 2025" does; a year that
 * may be a number (a head count, a count of rows) stays unread. Sentences of our own, typed as terse fragments.
 */
describe('a year closing a noun of rows in a fragment', () => {
  it.each([
    ['telecom exhibitors 2024', 2],
    ['partners 2025 singapore', 1],
    ['fintech companies 2025', 2],
    ['marketing contacts 2024', 2],
    ['hotel firms 2025?', 2],
  ])('is the events of that year: %s', (text, at) => {
    expect(yearAfterRowNoun(text.replace('?', '').split(' '), at)).toBe(true);
  });

  it.each([
    ['banks with staff 2000', 3],
    ['sponsors 2000 employees', 1],
    ['exhibitors 2024 2025', 1],
    ['2025', 0],
  ])('is no year where a number may stand: %s', (text, at) => {
    expect(yearAfterRowNoun(text.split(' '), at)).toBe(false);
  });

  it.each([
    ['logistics speakers 2024', '2024-01-01', '2024-12-31'],
    ['partners 2025', '2025-01-01', '2025-12-31'],
  ])('the time grammar reads the window: %s', (text, from, to) => {
    expect(startWindows(text)).toEqual([expect.objectContaining({ from, to })]);
  });

  it('reads no window from a year after a noun of size', () => {
    expect(startWindows('firms with workforce 2000')).toEqual([]);
  });
});

warnIfNoRealData('years in fragments');

describe.runIf(hasRealData)('years in fragments (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each(['space sponsors 2025', 'partners 2025 pls', 'speakers 2024'])(
    'answers with the events of the year: %s',
    (q) => {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('sql');
      expect(asked.kind === 'sql' && asked.interpretation).toMatch(/events starting 20\d\d-01-01\.\.20\d\d-12-31/);
    },
  );

  it('still asks about a bare number that follows a noun of size', () => {
    expect(f.ask('companies with employees 2000').kind).toBe('clarify');
  });
});
