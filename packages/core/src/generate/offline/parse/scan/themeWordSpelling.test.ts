import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { isEnglishWord } from './vocabularySpelling';
import { correctThemeSpelling } from './themeWordSpelling';

// the index's industries and tag words are all the pass reads: a small index of its own
const index = {
  industries: [
    { name: 'Hospitality', tokens: ['hospitality'] },
    { name: 'Hospitals and Health Care', tokens: ['hospitals', 'and', 'health', 'care'] },
    { name: 'Software Development', tokens: ['software', 'development'] },
    { name: 'Telecommunications', tokens: ['telecommunications'] },
    { name: 'Mining', tokens: ['mining'] },
    { name: 'Retail', tokens: ['retail'] },
    { name: 'Minting', tokens: ['minting'] },
    { name: 'Nonprofit Organization Management', tokens: ['nonprofit', 'organization', 'management'] },
    { name: 'Consulting', tokens: ['consulting'] },
    { name: 'Insurance', tokens: ['insurance'] },
  ],
  tags: [{ words: ['cyber', 'security'] }],
  named: [{ kind: 'company', name: 'Retailo Labs', ids: [1], domain: 'retailo.com' }],
} as unknown as ValueIndex;

function respelt(text: string): string {
  const tokens = tokenize(text);
  correctThemeSpelling(tokens, index, (x) => x === 'companies', isEnglishWord);
  return tokens.map((t) => t.norm).join(' ');
}

describe('misspelt theme words', () => {
  it.each([
    ['hospitaltiy companies', 'hospitality companies'], // a swap: not "hospitals", which only shares a stem
    ['sofware developement companies', 'software development companies'],
    ['telecomunications companies', 'telecommunications companies'],
    ['cyber securty companies', 'cyber security companies'],
  ])('%s -> %s', (text, expected) => {
    expect(respelt(text)).toBe(expected);
  });

  it.each([
    ['minting companies'], // spelt right
    ['hospital companies'], // an English word stays
    ['minning companies'], // one edit from "mining" and from "minting", neither likelier: not guessed
    ['people at retailo'], // a word of a company's name (one edit from "retail" were it a theme word)
  ])('%s stays', (text) => {
    expect(respelt(text)).toBe(text);
  });

  it('a capitalised word inside the question is a name, never respelt', () => {
    expect(respelt('people at Hospitalty')).toBe('people at hospitalty');
  });

  it.each([
    ['companies in the Hospitalty industry', 'companies in the hospitality industry'],
    ['List the Sofware Development companies', 'list the software development companies'],
  ])('a theme typed in Title Case, beside a theme word or "industry", is respelt: %s', (text, expected) => {
    expect(respelt(text)).toBe(expected);
  });

  it.each([
    // a plural whose stem holds the slip: the theme word in the plural, a noun of the rows as typed
    ['nonprofts at events', 'nonprofits at events'],
    ['which nonprofiits sponsor', 'which nonprofits sponsor'],
    ['any insurrances exhibiting', 'any insurances exhibiting'],
    // the singular slip stays singular; a plural nearer a theme word as typed is that word
    ['nonproft companies', 'nonprofit companies'],
    ['hospitols companies', 'hospitals companies'],
  ])('a misspelt plural keeps its number: %s', (text, expected) => {
    expect(respelt(text)).toBe(expected);
  });
});
