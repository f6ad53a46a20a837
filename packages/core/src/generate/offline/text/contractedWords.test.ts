import { describe, expect, it } from 'vitest';
import { isContraction } from './contractedWords';

describe('isContraction', () => {
  it.each([
    ['wrld', 'world'],
    ['mgmt', 'management'],
    ['intl', 'international'],
    ['ntwrks', 'networks'],
    ['accnting', 'accounting'],
    ['frm', 'forum'],
    ['tradng', 'trading'],
    ['svcs', 'services'],
    ['agcy', 'agency'],
    ['mktg', 'marketing'],
    ['govt', 'government'],
  ])('%s is %s with letters left out', (typed, word) => {
    expect(isContraction(typed, word)).toBe(true);
  });

  it.each([
    ['wd', 'world'], // too short to say
    ['world', 'world'], // the word itself
    ['wrl', 'world'], // the last letter differs
    ['rld', 'world'], // the first letter differs
    ['wlrd', 'world'], // letters out of order
    ['conf', 'conference'], // a cut, read as a prefix elsewhere
    ['worlds', 'world'], // longer than the word
  ])('%s is no contraction of %s', (typed, word) => {
    expect(isContraction(typed, word)).toBe(false);
  });
});
