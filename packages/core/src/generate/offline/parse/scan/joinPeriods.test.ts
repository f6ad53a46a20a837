import { describe, expect, it } from 'vitest';
import type { Mention } from '../Mention';
import { joinListedPeriods } from './joinPeriods';

const period = (start: number, from: string, to: string): Mention => ({
  start,
  end: start + 1,
  text: `p${start}`,
  t: 'cond',
  cond: { kind: 'startBetween', from, to, label: `${from}..${to}` },
});
const and = (start: number): Mention => ({ start, end: start + 1, text: 'and', t: 'and' });
const or = (start: number): Mention => ({ start, end: start + 1, text: 'or', t: 'or' });

describe('periods listed together', () => {
  it('touching months are one window', () => {
    const ms = [period(0, '2024-07-01', '2024-07-31'), and(1), period(2, '2024-08-01', '2024-08-31')];
    joinListedPeriods(ms);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ t: 'cond', cond: { from: '2024-07-01', to: '2024-08-31' }, start: 0, end: 3 });
  });

  it('overlapping periods listed in any order are one window', () => {
    const ms = [period(0, '2025-04-01', '2025-06-30'), or(1), period(2, '2025-01-01', '2025-04-30')];
    joinListedPeriods(ms);
    expect(ms[0]).toMatchObject({ cond: { from: '2025-01-01', to: '2025-06-30' } });
  });

  it('a window back from today listed with another period drops its "already took place" ("last week or this week")', () => {
    const lastWeek = period(0, '2024-07-08', '2024-07-15');
    const past: Mention = { start: 0, end: 1, text: 'p0', t: 'cond', cond: { kind: 'past', asOf: '2024-07-15' } };
    const ms = [lastWeek, past, or(1), period(2, '2024-07-15', '2024-07-21')];
    joinListedPeriods(ms);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ t: 'cond', cond: { kind: 'startBetween', from: '2024-07-08', to: '2024-07-21' } });
    // said alone, the window keeps it
    const alone = [lastWeek, past];
    joinListedPeriods(alone);
    expect(alone).toHaveLength(2);
  });

  it('periods with a gap are asked about, never intersected', () => {
    const ms = [period(0, '2024-07-01', '2024-07-31'), or(1), period(2, '2024-10-01', '2024-10-31')];
    joinListedPeriods(ms);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ t: 'unclear', about: 'time' });
  });

  it('a bare year listed after a year is the next period of the list, never a number left unread', () => {
    const year: Mention = { start: 2, end: 3, text: '2026', t: 'number', value: 2026 };
    const ms = [period(0, '2025-01-01', '2025-12-31'), and(1), year];
    joinListedPeriods(ms);
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ t: 'cond', cond: { from: '2025-01-01', to: '2026-12-31' } });
    // after a month, a number is no year of the list
    const other = [period(0, '2025-03-01', '2025-03-31'), and(1), { ...year, value: 12 }];
    joinListedPeriods(other);
    expect(other).toHaveLength(3);
  });

  it('leaves periods not joined by a conjunction alone', () => {
    const ms = [period(0, '2024-07-01', '2024-07-31'), period(1, '2024-08-01', '2024-08-31')];
    joinListedPeriods(ms);
    expect(ms).toHaveLength(2);
  });
});
