import { describe, expect, it } from 'vitest';
import { startWindows } from '../testkit';

describe('a word saying a season or month is meant in full is part of the period, never a theme', () => {
  it.each([
    ['shows in proper winter', 'in proper winter', '2024-12-01', '2025-02-28'],
    ['i mean real autumn, so which fairs', 'real autumn', '2024-09-01', '2024-11-30'],
    ['conferences during actual spring 2025', 'during actual spring 2025', '2025-03-01', '2025-05-31'],
    ['the whole of october', 'of october', '2024-10-01', '2024-10-31'],
    ['expos over the entire november', 'entire november', '2024-11-01', '2024-11-30'],
  ])('%s', (text, words, from, to) => {
    expect(startWindows(text)).toContainEqual({ from, to, words });
  });

  it('an adjective before no period stays out of it', () => {
    expect(startWindows('the proper events this year').map((h) => h.words)).toEqual(['this year']);
  });
});
