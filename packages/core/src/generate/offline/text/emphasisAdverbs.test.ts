import { describe, expect, it } from 'vitest';
import { isEmphasisAdverb } from './emphasisAdverbs';

describe('isEmphasisAdverb: adverbs that stress without narrowing, read through WordNet', () => {
  it.each([
    'actually',
    'truly',
    'genuinely',
    'definitely',
    'surely',
    'frankly',
    'literally',
    'clearly',
    'obviously',
    'evidently',
    'basically',
    'essentially',
  ])('%s is emphasis (filler)', (word) => {
    expect(isEmphasisAdverb(word)).toBe(true);
  });

  // adverbs with a meaning of their own narrow the question (a time, a restriction, a negation)
  it.each(['only', 'currently', 'never', 'already', 'still', 'just', 'real', 'sponsors', 'xyzzy'])(
    '%s is not emphasis',
    (word) => {
      expect(isEmphasisAdverb(word)).toBe(false);
    },
  );
});
