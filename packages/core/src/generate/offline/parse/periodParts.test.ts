import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { scanTime } from './scanTime';

// as-of is mid-July 2024: a month without a year is the next one to start (march = March 2025)
const AS_OF = '2024-07-15';

function windowOf(text: string): { from?: string | null; to?: string | null; unclear?: string } {
  const tokens = tokenize(text);
  const hits = scanTime(tokens, new Array<boolean>(tokens.length).fill(false), AS_OF);
  const [h] = hits;
  if (!h) return {};
  if ('unclear' in h) return { unclear: h.unclear };
  return h.cond.kind === 'startBetween' ? { from: h.cond.from, to: h.cond.to } : {};
}

describe('parts of a period', () => {
  it.each([
    ['in the second half of sept', '2024-09-16', '2024-09-30'],
    ['the 2nd half of feb', '2025-02-15', '2025-02-28'],
    ['the back half of november', '2024-11-16', '2024-11-30'],
    ['the first half of december', '2024-12-01', '2024-12-15'],
    ['the first half of next year', '2025-01-01', '2025-06-30'],
    ['the latter half of the year', '2024-07-01', '2024-12-31'],
    ['the first half of q4', '2024-10-01', '2024-11-15'],
    ['the first week of march', '2025-03-01', '2025-03-07'],
    ['the third week of november', '2024-11-15', '2024-11-21'],
    ['the last week of september', '2024-09-24', '2024-09-30'],
    ['the final week of february', '2025-02-22', '2025-02-28'],
    ['the first 10 days of december', '2024-12-01', '2024-12-10'],
    ['the last two weeks of october', '2024-10-18', '2024-10-31'],
    ['the middle third of august', '2024-08-11', '2024-08-20'],
    ['the last third of october', '2024-10-21', '2024-10-31'],
    ['towards the end of september', '2024-09-21', '2024-09-30'],
  ])('%s -> %s..%s', (text, from, to) => {
    expect(windowOf(text)).toEqual({ from, to });
  });

  // the nth calendar month or quarter of a period is counted inside it, whatever the ordinal word: a mechanism over
  // ordinal + unit + period, not the phrases "last month of" or "last quarter of"
  it.each([
    ['events in the last month of 2024', '2024-12-01', '2024-12-31'],
    ['the final month of 2025', '2025-12-01', '2025-12-31'],
    ['in the first month of 2025', '2025-01-01', '2025-01-31'],
    ['the third month of next year', '2025-03-01', '2025-03-31'],
    ['the 2nd month of 2025', '2025-02-01', '2025-02-28'],
    ['the last month of the year', '2024-12-01', '2024-12-31'],
    ['the first month of Q2 2025', '2025-04-01', '2025-04-30'],
    ['the last month of the first half of 2025', '2025-06-01', '2025-06-30'],
    ['the last month of summer 2025', '2025-08-01', '2025-08-31'],
    ['the last quarter of 2024', '2024-10-01', '2024-12-31'],
    ['the first quarter of 2025', '2025-01-01', '2025-03-31'],
    ['the second quarter of the second half of 2025', '2025-10-01', '2025-12-31'],
    ['the third quarter of next year', '2025-07-01', '2025-09-30'],
    ['last quarter 2025', '2025-10-01', '2025-12-31'],
  ])('%s -> %s..%s', (text, from, to) => {
    expect(windowOf(text)).toEqual({ from, to });
  });

  it('without a period after it, "last month" is the window ending today and "last quarter" the one before', () => {
    expect(windowOf('events last month')).toEqual({ from: '2024-06-15', to: '2024-07-15' });
    expect(windowOf('last quarter')).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    // as the period of a part, "last month" is the calendar month before today's (June, not 31 days back: May)
    expect(windowOf('the second half of last month')).toEqual({ from: '2024-06-16', to: '2024-06-30' });
  });

  it('an nth month or quarter the period does not hold is asked about, never dropped', () => {
    expect(windowOf('the fifth quarter of 2025').unclear).toContain('fifth quarter of 2025');
    expect(windowOf('the fourth month of q1 2025').unclear).toContain('fourth month');
  });

  it('a part the period does not hold is asked about, never dropped', () => {
    expect(windowOf('the first 40 days of june').unclear).toContain('40 days');
  });

  it('a window ending today is still a window when no period follows', () => {
    expect(windowOf('in the last 2 weeks')).toEqual({ from: '2024-07-01', to: '2024-07-15' });
    expect(windowOf('in a fortnight')).toEqual({ from: '2024-07-15', to: '2024-07-29' });
  });
});

describe('parts of a period said with a noun of a part, a vague count or "tail end"', () => {
  it.each([
    ['events in the tail end of september', '2024-09-21', '2024-09-30'],
    ['the tail end of 2024', '2024-09-01', '2024-12-31'],
    ['in the latter part of october', '2024-10-21', '2024-10-31'],
    ['the middle part of march', '2025-03-11', '2025-03-20'],
    ['during the final stretch of the year', '2024-09-01', '2024-12-31'],
    ['in the closing stages of 2024', '2024-09-01', '2024-12-31'],
    ['the last couple of weeks of august', '2024-08-18', '2024-08-31'],
    ['the first few days of september', '2024-09-01', '2024-09-03'],
    ['the last couple days of october', '2024-10-30', '2024-10-31'],
  ])('%s', (text, from, to) => {
    expect(windowOf(text)).toEqual({ from, to });
  });

  it('a part of something that is no period is no window', () => {
    expect(windowOf('the last part of the agenda')).toEqual({});
  });
});
