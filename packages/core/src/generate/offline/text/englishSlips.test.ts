import { describe, expect, it } from 'vitest';
import { isEnglishWord } from '../parse/scan/vocabularySpelling';
import { englishSlipsOf, isOneSlipOf } from './englishSlips';

/** Slips of English words outside the parser's vocabulary, against WordNet (words of this test's own). */
describe('englishSlipsOf', () => {
  it.each([
    // two letters swapped
    ['retreive', 'retrieve'],
    ['recieve', 'receive'],
    // a letter of a doubled pair left out
    ['ocurred', 'occurred'],
    ['accomodate', 'accommodate'],
    // a letter left out of an inflection WordNet lists by its lemma
    ['happend', 'happened'],
    // a letter moved two places keeps every letter: likelier than one struck for another ("patterns")
    ['parterns', 'partners'],
  ])('%s is %s', (typed, word) => {
    expect(englishSlipsOf(typed, isEnglishWord)).toEqual([word]);
  });

  it('keeps a tie no slip rule breaks (the caller asks which)', () => {
    // a letter left out ("benign") is no likelier than two swapped ("being", "begin")
    expect(englishSlipsOf('beign', isEnglishWord)).toEqual(expect.arrayContaining(['being', 'begin', 'benign']));
    // a swap ("weird", "wired") as likely as a letter moved ("wider")
    expect(englishSlipsOf('wierd', isEnglishWord).length).toBeGreaterThan(1);
  });

  it('finds nothing for a made-up word, nor an arbitrary edit of a four-letter word', () => {
    expect(englishSlipsOf('blorptastic', isEnglishWord)).toEqual([]);
    expect(englishSlipsOf('zzzzzz', isEnglishWord)).toEqual([]);
    // "cosr" is one letter struck from "cost", "coat", "corr"...: a short word is allowed only the slips keeping its
    // letters
    expect(englishSlipsOf('cosr', isEnglishWord)).toEqual([]);
  });
});

describe('isOneSlipOf', () => {
  it('counts a swap, a moved letter, a letter dropped or added, never two edits', () => {
    expect(isOneSlipOf('parnters', 'partners')).toBe(true);
    expect(isOneSlipOf('sposonrs', 'sponsors')).toBe(true);
    expect(isOneSlipOf('parterns', 'partners')).toBe(true);
    expect(isOneSlipOf('marex', 'marexx')).toBe(true);
    expect(isOneSlipOf('marex', 'mirax')).toBe(false);
    expect(isOneSlipOf('marex', 'marex')).toBe(false);
  });
});
