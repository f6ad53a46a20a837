import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, nearestWords, phraseEdits } from './spelling';

describe('edit distance (optimal string alignment)', () => {
  it.each([
    ['zscalar', 'zscaler', 1],
    ['singapoer', 'singapore', 1], // a swap is one edit
    ['confernces', 'conferences', 1],
    ['exhbitors', 'exhibitors', 1],
    ['compnies', 'companies', 1],
    ['sponsered', 'sponsored', 1],
    ['spnosors', 'sponsors', 1],
    ['singapur', 'singapore', 2],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
  ])('%s ~ %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });

  it('stops early past the maximum', () => {
    expect(editDistance('completely', 'different', 1)).toBe(2);
  });

  it.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, 2],
    [14, 2],
  ])('a word of %i letters may take %i edits', (len, edits) => {
    expect(allowedEdits(len)).toBe(edits);
  });
});

describe('nearest known words', () => {
  const vocabulary = ['sponsors', 'speakers', 'speaks', 'companies', 'conferences', 'events', 'people'];
  it.each([
    ['spnosors', ['sponsors']],
    ['compnies', ['companies']],
    ['confrences', ['conferences']],
    ['speakrs', ['speakers', 'speaks']], // a tie: the caller asks
    ['evnts', ['events']],
    ['cost', []], // four letters: no tolerance
    ['xylophone', []],
  ])('%s -> %j', (typed, expected) => {
    expect(nearestWords(typed, vocabulary).sort()).toEqual(expected);
  });
});

describe('phrases', () => {
  it.each([
    [['marina', 'bay', 'sand'], ['marina', 'bay', 'sands'], 1],
    [['cloud', 'expo', 'aisa'], ['cloud', 'expo', 'asia'], 1],
    [['zscalar'], ['zscaler'], 1],
    [['sand'], ['sands'], null], // alone, four letters take no edit
    [['big', 'data', 'world'], ['big', 'date', 'word'], null], // two short words changed: over the budget
  ])('%j ~ %j', (typed, known, edits) => {
    expect(phraseEdits(typed, known)).toBe(edits);
  });
});
