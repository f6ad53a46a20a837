import { describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { col, readRealCsv } from './realData.testkit';
import { InvalidDateError, parseIsoDate, safeParseIsoDate } from './parseIsoDate';

describe('parseIsoDate', () => {
  it.each([
    ['2024-07-15', '2024-07-15'],
    ['2024-7-5', '2024-07-05'],
    ['2024/07/15', '2024-07-15'],
    ['2024-07-15T10:00:00Z', '2024-07-15'],
    ['2024-07-15 00:00:00', '2024-07-15'],
    ['2024-02-29', '2024-02-29'],
    ['15 July 2024', '2024-07-15'],
    ['July 15, 2024', '2024-07-15'],
    ['3rd Sept 2024', '2024-09-03'],
    ['', null],
    [null, null],
  ])('%j -> %j', (raw, want) => {
    expect(parseIsoDate(raw)).toBe(want);
  });

  it.each([['2024-02-30'], ['2023-02-29'], ['2024-13-01'], ['2024-04-31'], ['2024-00-10']])(
    'impossible %j throws a typed error',
    (raw) => {
      expect(() => parseIsoDate(raw)).toThrow(InvalidDateError);
      const r = safeParseIsoDate(raw);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('IMPOSSIBLE_DATE');
        expect(r.error.value).toBe(raw);
      }
    },
  );

  it('an unreadable value is flagged too', () => {
    const r = safeParseIsoDate('next Tuesday');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('UNPARSEABLE_DATE');
  });
});

warnIfNoRealData('parseIsoDate');
describe.skipIf(!hasRealData)('parseIsoDate on the real event dates', () => {
  it('reads every start and end date, and no event ends before it starts', () => {
    for (const r of readRealCsv('event_info.csv')) {
      const start = parseIsoDate(col(r, 'event_start_date'));
      const end = parseIsoDate(col(r, 'event_end_date'));
      expect(start).not.toBeNull();
      if (start && end) expect(end >= start).toBe(true);
    }
  });
});
