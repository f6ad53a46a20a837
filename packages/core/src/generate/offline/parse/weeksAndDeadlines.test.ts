import { describe, expect, it } from 'vitest';
import { AS_OF, startWindows } from '../testkit';
import { tokenize } from '../text/tokenize';
import { scanTime } from './scanTime';

/**
 * Weeks and weekends around today (2024-07-15, a Monday), multiples of a unit, and the end of a period as a deadline.
 * Each case is checked against a calendar by hand: the weekend before it is 13-14 July, the next one 20-21 July.
 */
const windows = (q: string): [string | null, string | null][] => startWindows(q).map((h) => [h.from, h.to]);

describe('a weekend or weekday said to be gone is the one before today', () => {
  it.each([
    ['what was on last weekend', ['2024-07-13', '2024-07-14']],
    ['anything on the past weekend', ['2024-07-13', '2024-07-14']],
    ['which shows opened last friday', ['2024-07-12', '2024-07-12']],
    ['events this weekend', ['2024-07-20', '2024-07-21']],
    ['events next weekend', ['2024-07-27', '2024-07-28']],
    ['events on friday', ['2024-07-19', '2024-07-19']],
  ])('%s', (q, window) => {
    expect(windows(q)).toEqual([window]);
  });
});

describe('a fortnight is two weeks, forward and backward', () => {
  it.each([
    ['what did I miss in the past fortnight', ['2024-07-01', '2024-07-15']],
    ['events over the last fortnight', ['2024-07-01', '2024-07-15']],
    ['events in the next fortnight', ['2024-07-15', '2024-07-29']],
    ['in a fortnight', ['2024-07-15', '2024-07-29']],
    ['events over the next 2 fortnights', ['2024-07-15', '2024-08-12']],
  ])('%s', (q, window) => {
    expect(windows(q)).toContainEqual(window);
  });
});

describe('the end of a period closes a window from today, however it is spelt', () => {
  it.each(['shows thru EOY', 'shows until eoy', 'shows thru year end', 'shows until the end of the year'])(
    '%s',
    (q) => {
      expect(windows(q)).toEqual([['2024-07-15', '2024-12-31']]);
    },
  );
});

describe("a holiday's week is the calendar week holding its own day", () => {
  it.each([
    ['events in christmas week', ['2024-12-23', '2024-12-29']],
    ['events the week of christmas', ['2024-12-23', '2024-12-29']],
    ["any shows during valentine's week next year", ['2025-02-10', '2025-02-16']],
    ['valentines week 2025', ['2025-02-10', '2025-02-16']],
  ])('%s', (q, window) => {
    expect(windows(q)).toEqual([window]);
  });
  it('the holiday alone stays its own days', () => {
    expect(windows('events over christmas')).toEqual([['2024-12-24', '2024-12-26']]);
  });
});

describe('a verb of ending right before a window bounds the end dates', () => {
  const endWindows = (q: string): [string | null, string | null][] => {
    const tokens = tokenize(q);
    return scanTime(tokens, new Array<boolean>(tokens.length).fill(false), AS_OF).flatMap((h) =>
      'cond' in h && h.cond.kind === 'endBetween' ? [[h.cond.from, h.cond.to]] : [],
    );
  };
  it.each([
    ['what wrapped up last weekend', ['2024-07-13', '2024-07-14']],
    ['events that finished last weekend', ['2024-07-13', '2024-07-14']],
    ['events that ended in june', ['2024-06-01', '2024-06-30']],
    ['shows that concluded before july', [null, '2024-06-30']],
  ])('%s', (q, window) => {
    expect(endWindows(q)).toEqual([window]);
    expect(windows(q)).toEqual([]);
  });
  it('a verb of starting keeps the start dates', () => {
    expect(endWindows('events that started in june')).toEqual([]);
    expect(windows('events that started in june')).toEqual([['2024-06-01', '2024-06-30']]);
  });
});
