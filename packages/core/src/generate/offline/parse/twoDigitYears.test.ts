import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { scanTime } from './scanTime';

// as-of is mid-July 2024, as in the other suites of time
const AS_OF = '2024-07-15';

function timeOf(text: string): { from?: string | null; to?: string | null; unclear?: string; words: string }[] {
  const tokens = tokenize(text);
  return scanTime(tokens, new Array<boolean>(tokens.length).fill(false), AS_OF).map((h) => ({
    ...('cond' in h && h.cond.kind === 'startBetween' ? { from: h.cond.from, to: h.cond.to } : {}),
    ...('unclear' in h ? { unclear: h.unclear } : {}),
    words: tokens
      .slice(h.start, h.end)
      .map((t) => t.norm)
      .join(' '),
  }));
}

describe('years typed with two digits after a period word (a half, a quarter, a season, a part of a year)', () => {
  it.each([
    ['conferences in the 2nd half of 24', '2024-07-01', '2024-12-31'],
    ['trade fairs h2 24', '2024-07-01', '2024-12-31'],
    ['summits during the first half of 26', '2026-01-01', '2026-06-30'],
    ['anything in H1 25?', '2025-01-01', '2025-06-30'],
    ['the third quarter of 25', '2025-07-01', '2025-09-30'],
    ['q4 of 24', '2024-10-01', '2024-12-31'],
    ['expos in spring 25', '2025-03-01', '2025-05-31'],
    ['the summer of 26', '2026-06-01', '2026-08-31'],
    ['at the end of 24', '2024-09-01', '2024-12-31'],
    ['early 25', '2025-01-01', '2025-05-01'],
    ['towards the end of 25', '2025-09-01', '2025-12-31'],
    ['year end 25', '2025-12-01', '2025-12-31'],
  ])('%s -> [%s, %s]', (text, from, to) => {
    expect(timeOf(text)).toEqual([expect.objectContaining({ from, to })]);
  });
});

describe('two digits alone after a preposition of time', () => {
  it.each([
    ['shows in 25', '2025-01-01', '2025-12-31'],
    ['what is on in 26 at the convention centre', '2026-01-01', '2026-12-31'],
    ['conferences during 25 please', '2025-01-01', '2025-12-31'],
  ])('where nothing after them can be counted, they are a year: %s', (text, from, to) => {
    expect(timeOf(text)).toEqual([expect.objectContaining({ from, to })]);
  });

  it.each([
    ['since 24', '2024-01-01', null],
    ['before 26', null, '2025-12-31'],
  ])('an open range: %s', (text, from, to) => {
    expect(timeOf(text)).toEqual([expect.objectContaining({ from, to })]);
  });

  it.each([
    'companies in 25 countries',
    'events in 30 cities',
    'the top 25 companies',
    'firms with 25 employees',
    'over 25 people',
    'sponsors of 25 events',
    'in 12 days',
  ])('a count stays a number: %s', (text) => {
    expect(timeOf(text).filter((h) => h.from !== undefined || h.to !== undefined)).toEqual([]);
  });

  it('two digits outside the years near the data are no year ("in 75")', () => {
    expect(timeOf('shows in 75')).toEqual([]);
  });
});

describe('years of other calendars or across two years are asked about, never read as the calendar year', () => {
  it.each(['in FY25', 'for fy 2026', 'fiscal year 25', 'the financial year 2025', 'in 2025/26', 'the 2024-25 season'])(
    '%s',
    (text) => {
      const hits = timeOf(text);
      expect(hits).toHaveLength(1);
      expect(hits[0]?.unclear).toBeTruthy();
    },
  );
});

describe('two digits after a list of bare months are the list year, the same for each month', () => {
  it.each([
    ['jan/feb 25 conferences', '2025-01-01', '2025-02-28'],
    ['expos in nov & dec 24', '2024-11-01', '2024-12-31'],
    ['sept or oct 25 shows in singapore', '2025-09-01', '2025-10-31'],
    ['anything in may and june 26?', '2026-05-01', '2026-06-30'],
    ['summits during jan/feb/mar 25', '2025-01-01', '2025-03-31'],
    ['jul/aug/sep 25 expos', '2025-07-01', '2025-09-30'],
    ['events in jun and jul and aug 2025', '2025-06-01', '2025-08-31'],
    ['october and november 2025', '2025-10-01', '2025-11-30'],
  ])('%s', (text, from, to) => {
    expect(timeOf(text)).toEqual([expect.objectContaining({ from, to })]);
  });

  it.each([
    // a range may end on a day ("from january to the 25th of march"): still asked
    'events jan to mar 25',
    // a day listed with a month keeps its own reading
    'feb 3 and mar 25',
    // months apart are two windows
    'dec and jan 25',
  ])('%s stays asked', (text) => {
    expect(timeOf(text).some((h) => h.unclear !== undefined)).toBe(true);
  });
});
