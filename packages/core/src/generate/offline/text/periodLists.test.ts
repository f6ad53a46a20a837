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
