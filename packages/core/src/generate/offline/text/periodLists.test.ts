import { describe, expect, it } from 'vitest';
import { MONTHS } from '../lexicon/timeWords';
import { readPeriodLists } from './periodLists';

describe('periods listed with commas', () => {
  it('a comma between two months of the lexicon, in any spelling, lists them', () => {
    const words = Object.keys(MONTHS);
    for (const a of words)
      for (const b of words.slice(0, 6))
        expect(readPeriodLists(`events in ${a}, ${b}`)).toBe(`events in ${a} and ${b}`);
  });

  it('keeps the conjunction typed after the last comma, and a year typed with a month', () => {
    expect(readPeriodLists('july, aug, or sep')).toBe('july and aug or sep');
    expect(readPeriodLists('Jan, Feb and Mar 2025')).toBe('Jan and Feb and Mar 2025');
    expect(readPeriodLists('dec 2024, jan 2025')).toBe('dec 2024 and jan 2025');
    expect(readPeriodLists('q1, q2')).toBe('q1 and q2');
  });

  it('leaves a comma between periods of different kinds (a restatement) and words that only start like months', () => {
    expect(readPeriodLists('in Q1, jan-mar')).toBe('in Q1, jan-mar');
    expect(readPeriodLists('winter, dec to feb')).toBe('winter, dec to feb');
    expect(readPeriodLists('in march, singapore')).toBe('in march, singapore');
    expect(readPeriodLists('in july, maybe aug')).toBe('in july, maybe aug');
    expect(readPeriodLists('decor, june')).toBe('decor, june');
  });
});

describe('a unit said once for two periods named from today', () => {
  it.each([
    ['events this year or next', 'events this year or next year'],
    ['events this month and next?', 'events this month and next month?'],
    ['sponsors last year or this', 'sponsors last year or this year'],
  ])('%s -> %s', (q, read) => {
    expect(readPeriodLists(q)).toBe(read);
  });

  it('leaves a second period with its own unit or a number as typed', () => {
    expect(readPeriodLists('events this year or next month')).toBe('events this year or next month');
    expect(readPeriodLists('events this year or next 3 months')).toBe('events this year or next 3 months');
  });
});
