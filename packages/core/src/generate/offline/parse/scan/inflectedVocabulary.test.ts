import { describe, expect, it } from 'vitest';
import { nounLemma, wordNet } from '../../text/language';
import { tokenize } from '../../text/tokenize';
import { demoScanner, sql } from '../../testkit';
import { LEXICON } from '../lexiconTable';
import { readDeterminedNouns, readInflectedPhrases } from './inflectedVocabulary';

/** The plural the lemmatizer reads back to `word` ("level" -> "levels"), or null. */
function regularPlural(word: string): string | null {
  const plural = /(s|x|ch|sh)$/.test(word)
    ? `${word}es`
    : /[^aeiou]y$/.test(word)
      ? `${word.slice(0, -1)}ies`
      : `${word}s`;
  return nounLemma(plural) === word ? plural : null;
}

describe('a phrase of the vocabulary typed with its last word in the plural', () => {
  /** Every phrase of several words whose head is a noun with a regular plural the lexicon does not list. */
  const phrases = [...LEXICON.keys()].flatMap((key): [string, string][] => {
    const words = key.split(' ');
    const head = words.at(-1) ?? '';
    if (words.length < 2 || !/^[a-z]{4,}$/.test(head) || wordNet().senses(head, 'noun').length === 0) return [];
    const plural = regularPlural(head);
    const typed = [...words.slice(0, -1), plural].join(' ');
    // a plural the tokenizer reads as two words ("theres": "there is") is no plural typed
    const asTyped = plural !== null && tokenize(typed).length === words.length;
    return asTyped && !LEXICON.has(typed) ? [[typed, key]] : [];
  });

  it('the class: many phrases of the lexicon', () => {
    expect(phrases.length).toBeGreaterThan(20);
  });

  it.each(phrases)('"%s" is read as "%s"', (typed, listed) => {
    const tokens = tokenize(typed);
    readInflectedPhrases(tokens);
    expect(tokens.map((t) => t.norm).join(' ')).toBe(listed);
  });

  it('a plural phrase the lexicon lists is left as typed, and so are other words', () => {
    const listed = [...LEXICON.keys()].find((k) => k.includes(' ') && k.endsWith('s') && LEXICON.has(k.slice(0, -1)));
    expect(listed).toBeDefined();
    const tokens = tokenize(`${listed ?? ''} and levels`);
    readInflectedPhrases(tokens);
    expect(tokens.map((t) => t.norm).join(' ')).toBe(`${listed ?? ''} and levels`);
  });
});

describe('"seniority levels" is the seniority dimension, not a theme WordNet reaches through "levels"', () => {
  const { fixture } = demoScanner();

  it.each([
    ['how many different seniority levels are there', 'how many different seniorities are there'],
    ['people by seniority levels', 'people by seniority level'],
  ])('%s = %s', (plural, singular) => {
    expect(sql(fixture().ask(plural))).toBe(sql(fixture().ask(singular)));
  });
});

describe('an event noun listed only in the plural, typed in the singular after an article', () => {
  const read = (text: string): string => {
    const tokens = tokenize(text);
    readDeterminedNouns(tokens);
    return tokens.map((t) => t.norm).join(' ');
  };

  it.each([
    ['a furniture show', 'a furniture shows'],
    ['exhibit at a home and garden show next spring', 'exhibit at a home and garden shows next spring'],
    ['any trade or consumer show in march', 'any trade or consumer shows in march'],
    // an inflected form right after the article is the noun ("a happening")
    ['a happening in march', 'a happenings in march'],
  ])("%j: the head of the article's phrase is the noun", (typed, read_) => {
    expect(read(typed)).toBe(read_);
  });

  it.each([
    'can you show me a list',
    'is there a way to show the sponsors',
    'a list that will show the speakers',
    // a participle after the phrase's noun heads nothing ("the stuff that is happening")
    'any space stuff happening in 2025',
    'a trade fair happening in march',
  ])('%j: the verb stays a verb', (typed) => {
    expect(read(typed)).toBe(typed.toLowerCase());
  });

  it.each([
    // a favour asked and joined to the request: the article's phrase ends before "and"
    'do me a favour and show the partners of events in singapore',
    'be a sweetheart and show me the speakers',
    'do us a kindness and show all the sponsors',
    'grab a coffee then show me the exhibitors',
    'be an absolute gem and show our team the events in 2025',
  ])('%j: after a coordinator, the word taking an object opens a clause of its own', (typed) => {
    expect(read(typed)).toBe(typed);
  });

  it.each([
    // a coordinator inside the phrase's modifiers, its head a noun with no object after it
    ['a food and beverage show in singapore', 'a food and beverage shows in singapore'],
    ['any home and show in march', 'any home and shows in march'],
  ])('%j: a coordinated modifier keeps the head a noun', (typed, read_) => {
    expect(read(typed)).toBe(read_);
  });
});
