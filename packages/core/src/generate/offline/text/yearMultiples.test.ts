import { describe, expect, it } from 'vitest';
import { readYearMultiples } from './yearMultiples';

describe('spans of years said in centuries or decades', () => {
  it('are read as that many years before "old" / "ago" and after "older / younger than"', () => {
    expect(readYearMultiples('firms more than a century old')).toBe('firms more than 100 years old');
    expect(readYearMultiples('set up over two decades ago')).toBe('set up over 20 years ago');
    expect(readYearMultiples('organisations older than half a century')).toBe('organisations older than 50 years');
    expect(readYearMultiples('younger than 3 decades')).toBe('younger than 30 years');
    // Every number word the tokenizer knows, not only one to ten.
    expect(readYearMultiples('firms over twelve decades old')).toBe('firms over 120 years old');
  });

  it('leave periods of the calendar and other decades alone', () => {
    for (const text of ['founded this decade', 'events of the last decade', 'a decade of growth', 'the 21st century'])
      expect(readYearMultiples(text)).toBe(text);
  });
});
