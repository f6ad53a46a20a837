import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { scanTime } from './scanTime';

// as-of in mid-July: a month without a year is the next one to start (August this year, March next year)
const AS_OF = '2024-07-15';

function windowsOf(text: string): { from: string | null; to: string | null }[] {
  const tokens = tokenize(text);
  return scanTime(tokens, new Array<boolean>(tokens.length).fill(false), AS_OF).map((h) =>
    'cond' in h && h.cond.kind === 'startBetween' ? { from: h.cond.from, to: h.cond.to } : { from: null, to: null },
  );
}

describe('a range of days with the month said once', () => {
  it.each([
    ['events between 1st and 15th aug', '2024-08-01', '2024-08-15'],
    ['events 1st-15th aug', '2024-08-01', '2024-08-15'],
    ['events between 1 and 15 aug', '2024-08-01', '2024-08-15'],
    ['events from the 3rd to the 9th of march', '2025-03-03', '2025-03-09'],
    ['events aug 1st through 15th', '2024-08-01', '2024-08-15'],
    ['events 1st aug to 15th', '2024-08-01', '2024-08-15'],
    // a month at each end, and a year typed once at the end holding for both
    ['events 28 aug to 3 sep', '2024-08-28', '2024-09-03'],
    ['events 20th dec to 5th jan 2025', '2024-12-20', '2025-01-05'],
  ])('%s is one window of start dates', (text, from, to) => {
    expect(windowsOf(text)).toEqual([{ from, to }]);
  });

  it('leaves numbers with no month and two days joined by "and" to the other readers', () => {
    // "from 1 to 15" names no month: no date; "on 1st and 15th aug" is two days, not the days between them
    expect(windowsOf('companies from 1 to 15')).toEqual([]);
    expect(windowsOf('events on 1st and 15th aug')).not.toEqual([{ from: '2024-08-01', to: '2024-08-15' }]);
  });
});
