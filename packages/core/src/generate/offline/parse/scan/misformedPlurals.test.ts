import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import { readMisformedPlurals, regularPlural } from './misformedPlurals';

describe('plurals typed with a plain "s" after a consonant and "y"', () => {
  it.each([
    ['agencys', 'agencies'],
    ['facultys', 'faculties'],
    ['charitys', 'charities'],
    ['pharmacys', 'pharmacies'],
  ])('%s is %s', (typed, plural) => {
    expect(regularPlural(typed)).toBe(plural);
  });

  it.each(['days', 'keys', 'guys', 'toys', 'ays', 'abcys'])('%s stays as typed', (word) => {
    expect(regularPlural(word)).toBeNull();
  });

  it('rewrites the token the readers see, keeping what was typed, and leaves a known word alone', () => {
    const tokens = tokenize('which charitys and Murphys sponsor events');
    readMisformedPlurals(tokens, (x) => x === 'murphys');
    expect(tokens.map((t) => t.norm)).toEqual(['which', 'charities', 'and', 'murphys', 'sponsor', 'events']);
    expect(tokens[1]?.raw).toBe('charitys');
  });
});
