import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../testkit';
import { tokenize } from '../text/tokenize';
import { unitAfterNext } from './afterNext';

/** "the week after next" and its kin are the calendar period two after the current one (as of Monday 2024-07-15). */
describe('the period after next', () => {
  const read = (text: string, asOf = '2024-07-15'): unknown => {
    const w = tokenize(text).map((t) => t.norm);
    return unitAfterNext(w, 0, asOf)?.range ?? null;
  };

  it.each([
    ['the week after next', '2024-07-15', '2024-07-29', '2024-08-04'],
    // asked on a Thursday: still the week two Mondays on
    ['the week after next', '2024-07-18', '2024-07-29', '2024-08-04'],
    ['in the month after next', '2024-07-15', '2024-09-01', '2024-09-30'],
    ['the month after next', '2024-11-20', '2025-01-01', '2025-01-31'],
    ['the quarter after next', '2024-07-15', '2025-01-01', '2025-03-31'],
    ['the year after next', '2024-07-15', '2026-01-01', '2026-12-31'],
  ])('%s (as of %s)', (text, asOf, from, to) => {
    expect(read(text, asOf)).toMatchObject({ from, to });
  });

  it('reads nothing else', () => {
    expect(read('the week after christmas')).toBeNull();
    expect(read('next week')).toBeNull();
  });
});

describe('windows of weeks from today (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['anything on the week after next?', 'starting 2024-07-29..2024-08-04'],
    ['what events happened in the past fortnight', 'starting 2024-07-01..2024-07-15'],
    ['events in the next fortnight', 'starting 2024-07-15..2024-07-29'],
  ])('%s', (q, window) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    expect(asked.kind === 'sql' && asked.interpretation).toContain(window);
  });
});
