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

  it('a part the period does not hold is asked about, never dropped', () => {
    expect(windowOf('the first 40 days of june').unclear).toContain('40 days');
  });

  it('a window ending today is still a window when no period follows', () => {
    expect(windowOf('in the last 2 weeks')).toEqual({ from: '2024-07-01', to: '2024-07-15' });
    expect(windowOf('in a fortnight')).toEqual({ from: '2024-07-15', to: '2024-07-29' });
  });
});
