import { describe, expect, it } from 'vitest';
import { demoScanner, sqlWithParams } from '../testkit';
import { type CompoundVocabulary, joinedPairs, joinedPhrases, rejoinCompounds } from './compounds';

// a vocabulary of its own: the pass must work from what it is told is known, not from a fixed list
const WORDS = new Set([
  'headcount',
  'people',
  'at',
  'world',
  'pay',
  'email',
  'any',
  'one',
  'anyone',
  'the',
  'in',
  'next',
  'month',
  'list',
  'events',
  'be',
  'for',
  'companies',
  'office',
  'rs',
  'chefs',
  'e',
  'commerce',
]);
const FILLER = new Set(['at', 'the', 'in', 'be', 'for', 'any', 'one']);
const ENGLISH = new Set(['together', 'inside', 'anyway']);
const NAMES = new Set(['paypal', 'worldchefs', 'airbus', 'ecommerce']);
// words within the spelling allowance of a known word ("befor" of "before")
const SLIPS = new Set(['befor']);
const PHRASES = new Set([
  'c suite',
  'marina bay sands',
  'co founder',
  'cofounder x',
  'cyber security summit',
  'worldchefs congress',
  'ecommerce expo',
]);
const JOINED = joinedPhrases(PHRASES);
const PAIRS = joinedPairs(['cyber security summit']);
const vocabulary: CompoundVocabulary = {
  isWord: (w) => WORDS.has(w),
  isName: (w) => NAMES.has(w),
  isPhrase: (p) => PHRASES.has(p),
  phraseOf: (w) => JOINED.get(w),
  pairOf: (w) => PAIRS.get(w),
  readsAsIs: (w) => ENGLISH.has(w),
  isFiller: (w) => FILLER.has(w),
  misspells: (w) => SLIPS.has(w),
};

describe('rejoinCompounds', () => {
  it.each([
    ['head-count over 50', 'headcount over 50'], // a hyphen joins into a known word
    ['e-mail of people', 'email of people'],
    ['people at pay pal', 'people at paypal'], // apart, joined into a name: "pal" is no word of its own
    // two words, each a word, joined into a name's word beside a further word of that name: the name as written
    ['the world chefs congress', 'the worldchefs congress'],
    ['e commerce expo sponsors', 'ecommerce expo sponsors'],
    ['people at world chefs', 'people at world chefs'], // no further word of the name: two words stay two
    ['the e commerce people', 'the e commerce people'],
    ['people at air bus', 'people at airbus'],
    ['csuite people', 'c suite people'], // joined, split into the known phrase
    ['events at marinabaysands', 'events at marina bay sands'],
    ['c-suite people', 'c-suite people'], // a known phrase as typed stays
    ['any one event', 'any one event'], // two words that are words stay apart
    ['pay day', 'pay day'], // nothing known joined
    ['partners of the cybersecurity summit', 'partners of the cyber security summit'], // two words of a name, next to a third
    ['cybersecurity companies', 'cybersecurity companies'], // no further word of the name: the word stays
    // two words typed without the space between them, split where exactly one split gives two known words
    ['events nextmonth', 'events next month'],
    ['listevents at airbus', 'list events at airbus'],
    ['companiesin the world', 'companies in the world'],
    ['peopleat paypal', 'people at paypal'],
    ['befor 2000', 'befor 2000'], // two function words: a misspelling ("before") is likelier than a lost space
    ['events inthe world', 'events in the world'], // two function words that are no slip of a known word
    ['people atthe office', 'people at the office'],
    ['together at airbus', 'together at airbus'], // an English word as it is
    ['monthnext events', 'month next events'],
    ['xyzevents', 'xyzevents'], // one part known nowhere
    ['officers list', 'officers list'], // "rs": two letters of a content word are no part
  ])('%s -> %s', (text, expected) => {
    expect(rejoinCompounds(text, vocabulary)).toBe(expected);
  });

  it('leaves out a joined form two phrases share', () => {
    expect(joinedPhrases(['ab cde', 'abc de']).has('abcde')).toBe(false);
  });
});

describe('a one-word name typed apart with a slip', () => {
  const withSlips: CompoundVocabulary = {
    ...vocabulary,
    isWord: (w) => WORDS.has(w) || ['one', 'blue', 'bird'].includes(w),
    readsAsIs: (w) => ENGLISH.has(w) || ['one', 'blue', 'bird'].includes(w),
    nameSlipOf: (w) => (w === 'sentinalone' ? 'sentinelone' : w === 'bluebird' ? 'bluebirb' : undefined),
  };
  it.each([
    // one part is no word: the name it is a slip of
    ['contacts at sentinal one', 'contacts at sentinelone'],
    // both parts are words as typed ("blue bird"): two words stay two
    ['a blue bird sponsor', 'a blue bird sponsor'],
  ])('%s -> %s', (q, expected) => {
    expect(rejoinCompounds(q, withSlips)).toBe(expected);
  });
});

describe('a word of the data running text', () => {
  // "undercloud" and "sealane" are words the data's descriptions write (`isTextWord`, also `readsAsIs` as the parser
  // builds it); both split into two known words ("under" "cloud", "sea" "lane") if nothing said otherwise
  const TEXT = new Set(['undercloud', 'sealane']);
  const withText: CompoundVocabulary = {
    ...vocabulary,
    isWord: (w) => WORDS.has(w) || ['under', 'cloud', 'sea', 'lane'].includes(w),
    readsAsIs: (w) => ENGLISH.has(w) || TEXT.has(w),
    isTextWord: (w) => TEXT.has(w),
  };
  it.each([
    ['the undercloud show', 'the undercloud show'], // read as the data writes it, never taken apart
    ['sealane companies', 'sealane companies'],
    ['the under-cloud show', 'the undercloud show'], // typed with a hyphen: the data's word
    ['sea-lane companies', 'sealane companies'],
    ['events underlane', 'events under lane'], // no word of the text: two words run together, as before
  ])('%s -> %s', (q, expected) => {
    expect(rejoinCompounds(q, withText)).toBe(expected);
  });
});

describe('rejoinCompounds: one word typed with a space inside it', () => {
  // a vocabulary of this test's own: what the parser reads, and which halves read alone
  const known = new Set(['software', 'emails', 'ceos', 'sales', 'people', 'salespeople', 'any', 'one', 'anyone']);
  const words: CompoundVocabulary = {
    isWord: (w) => known.has(w) || ['in', 'the', 'of', 'at', 'count', 'a', 'list'].includes(w),
    isName: () => false,
    isPhrase: () => false,
    phraseOf: () => undefined,
  };

  it.each([
    ['soft ware companies in the us', 'software companies in the us'], // neither half reads alone
    ['e mails of the sales people', 'emails of the sales people'], // a lone letter that is no word
    ['the ceo s at acme', 'the ceos at acme'], // the "s" of a plural typed apart
    ['list e mails at acme', 'list emails at acme'],
    ['soft ware', 'software'],
  ])('%s', (typed, joined) => {
    expect(rejoinCompounds(typed, words)).toBe(joined);
  });

  it.each([
    'sales people at acme', // both halves read alone
    'any one of them',
    'a list of ceos', // "a" is a word of its own
    'Soft Ware at acme', // capitals: a name
    'head count of acme', // "count" reads alone
  ])('leaves %s as typed', (typed) => {
    expect(rejoinCompounds(typed, words)).toBe(typed);
  });
});

describe('rejoinCompounds: a clitic is no half of a word typed apart', () => {
  const known = new Set(['svps', 'ceos', 'vps', 'sales']);
  const words: CompoundVocabulary = {
    isWord: (w) => known.has(w),
    isName: () => false,
    isPhrase: () => false,
    phraseOf: () => undefined,
  };

  it.each(["paypal's vps pls", "acme's vps", "the firm's ceos", 'acme’s vps'])('leaves %s as typed', (typed) => {
    expect(rejoinCompounds(typed, words)).toBe(typed);
  });

  it('still joins a plural "s" typed apart between spaces', () => {
    expect(rejoinCompounds('the ceo s at acme', { ...words, isWord: (w) => w === 'ceos' })).toBe('the ceos at acme');
  });
});

describe('one word typed with a space inside it, in questions (demo data)', () => {
  const demo = demoScanner();
  const sqlOf = (q: string): string => sqlWithParams(demo.fixture(), q);

  it.each([
    ['soft ware companies in germany', 'software companies in germany'],
    ['e mails of the marketing directors at sponsors', 'emails of the marketing directors at sponsors'],
    ['the ceo s of companies in japan', 'the ceos of companies in japan'],
    ['e mails of people at exhibitors', 'emails of people at exhibitors'],
    ['list the cto s at sponsors', 'list the ctos at sponsors'],
  ])('%s', (typed, plain) => {
    expect(sqlOf(typed)).toBe(sqlOf(plain));
  });

  it('still asks about two halves that make no word ("blorp tastic")', () => {
    expect(demo.fixture().ask('events with blorp tastic sponsors').kind).not.toBe('sql');
  });
});
