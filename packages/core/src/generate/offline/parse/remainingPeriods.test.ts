import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { scanTime } from './scanTime';

const AS_OF = '2024-07-15';

/** The date windows read from a question, with the words each took. */
function windows(text: string): { from: string | null; to: string | null; words: string }[] {
  const tokens = tokenize(text);
  return scanTime(tokens, new Array<boolean>(tokens.length).fill(false), AS_OF).flatMap((h) =>
    'cond' in h && h.cond.kind === 'startBetween'
      ? [
          {
            from: h.cond.from,
            to: h.cond.to,
            words: tokens
              .slice(h.start, h.end)
              .map((t) => t.norm)
              .join(' '),
          },
        ]
      : [],
  );
}

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
    expect(windows(text)).toContainEqual({ from: AS_OF, to: null, words });
  });

  it('the period said with it still holds: both are read', () => {
    const found = windows('which shows are still on the calendar this year');
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
    expect(windows(text).filter((h) => h.from === AS_OF && h.to === null)).toEqual([]);
  });
});
