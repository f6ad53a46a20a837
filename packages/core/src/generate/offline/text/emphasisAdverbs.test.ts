import { describe, expect, it } from 'vitest';
import { isEmphasisAdjective, isEmphasisAdverb, isEmphasisAdverbSlip } from './emphasisAdverbs';

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

describe('isEmphasisAdverbSlip: an adverb of emphasis typed with a slip that keeps its letters', () => {
  it.each(['acutally', 'relaly', 'litterally', 'basicaly', 'obvoiusly'])('%s is emphasis typed with a slip', (word) => {
    expect(isEmphasisAdverbSlip(word)).toBe(true);
  });

  // a real word, a word whose slip reading means something, a word too short or too far from any adverb
  it.each(['actually', 'only', 'onyl', 'currnetly', 'alraedy', 'sponsors', 'xyzzyq', 'genrally'])(
    '%s is not',
    (word) => {
      expect(isEmphasisAdverbSlip(word)).toBe(false);
    },
  );
});

describe('isEmphasisAdjective: adjectives whose adverb is "really", read through WordNet', () => {
  it.each(['actual', 'real', 'genuine', 'true'])('%s stresses the noun after it', (word) => {
    expect(isEmphasisAdjective(word)).toBe(true);
  });

  // adjectives with a content of their own narrow the noun (a size, a restriction), and adverbs are no adjectives
  it.each(['big', 'only', 'certain', 'clear', 'total', 'mere', 'actually', 'xyzzy'])('%s is not', (word) => {
    expect(isEmphasisAdjective(word)).toBe(false);
  });
});
