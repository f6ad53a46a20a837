import { describe, expect, it } from 'vitest';
import { AS_OF, startWindows } from '../testkit';

describe('what remains on the calendar is the part still ahead (from today on)', () => {
  it.each([
    ['which trade shows remain on the calendar for 2024', 'remain on the calendar'],
    ['conferences still on the calendar this year', 'still on the calendar'],
    ["what's left in the diary before christmas", 'left in the diary'],
    ['expos still on the schedule for the autumn', 'still on the schedule'],
    ['which summits are still scheduled in 2024', 'still scheduled'],
    ['what remains of 2024 for fintech events', 'remains'],
    ['any trade fairs that remain this year?', 'remain'],
    ['the events still lined up for december', 'still lined up'],
  ])('%s', (text, words) => {
    expect(startWindows(text)).toContainEqual({ from: AS_OF, to: null, words });
  });

  it('the period said with it still holds: both are read', () => {
    const found = startWindows('which shows are still on the calendar this year');
    expect(found).toContainEqual(expect.objectContaining({ from: AS_OF, to: null }));
    expect(found).toContainEqual(expect.objectContaining({ from: '2024-01-01', to: '2024-12-31' }));
  });

  it.each([
    // the calendar alone: every event is on it
    "what's on the calendar for september",
    // remaining said of companies or people is no date
    'which sponsors remain at the expo',
    'people who are still on the team',
    'companies that still sell hardware',
  ])('%s: no window from today', (text) => {
    expect(startWindows(text).filter((h) => h.from === AS_OF && h.to === null)).toEqual([]);
  });
});
