import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { expandClippedThemes } from './clippedThemes';

/** Only the themes are read: a value index holding industries and tags alone. */
const index = {
  industries: [
    { name: 'Information Technology & Services', tokens: ['information', 'technology', 'services'] },
    { name: 'Financial Services', tokens: ['financial', 'services'] },
    { name: 'Software Development', tokens: ['software', 'development'] },
    { name: 'Biotechnology Research', tokens: ['biotechnology', 'research'] },
    { name: 'Biomedical Research', tokens: ['biomedical', 'research'] },
  ],
  tags: [],
} as unknown as ValueIndex;

const expand = (q: string, known: (phrase: string) => boolean = () => false): string => {
  const tokens = tokenize(q);
  expandClippedThemes(tokens, index, known);
  return tokens.map((t) => t.norm).join(' ');
};

describe('themes typed clipped', () => {
  it.each([
    ['info tech companies', 'information technology companies'],
    ['fin services firms in japan', 'financial services firms in japan'],
    ['software dev cos', 'software development cos'],
    ['info tech services vendors', 'information technology services vendors'],
  ])('%s -> %s', (q, expected) => {
    expect(expand(q)).toBe(expected);
  });

  it.each([
    // two themes start that way: left as typed, for the parser to ask about
    'bio research companies',
    // nothing clipped: nothing to do
    'financial services firms',
    // a clipped word alone is not a phrase ("fin" could be anything)
    'fin companies',
    // two letters are too few to stand for a word
    'in se companies',
  ])('%s stays as typed', (q) => {
    expect(expand(q)).toBe(
      tokenize(q)
        .map((t) => t.norm)
        .join(' '),
    );
  });

  it('words the data names as they are typed are never rewritten', () => {
    expect(expand('fin services firms', (p) => p === 'fin services')).toBe('fin services firms');
  });
});
