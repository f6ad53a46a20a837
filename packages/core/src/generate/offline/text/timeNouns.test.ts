import { describe, expect, it } from 'vitest';
import { isTimeNoun } from './timeNouns';

describe('nouns of a stretch of time (WordNet noun.time)', () => {
  it.each(['time', 'period', 'while', 'spell', 'days', 'weeks'])('%s is one', (word) => {
    expect(isTimeNoun(word)).toBe(true);
  });

  it.each(['venue', 'sponsors', 'revenue', 'city', 'stretch'])('%s is not', (word) => {
    expect(isTimeNoun(word)).toBe(false);
  });
});
