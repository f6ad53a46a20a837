import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../../testkit';
import { tokenize } from '../../text/tokenize';
import { grammarWordAt, vocabularyCandidates } from './vocabularySpelling';

describe('misspelt grammar words of time and quantity phrases', () => {
  it.each([
    ['companies founded befor 2000', 2, 'before'],
    ['events sinse 2024', 1, 'since'],
    ['events that have alredy taken place', 3, 'already'],
    ['events that have already taken palce', 5, 'place'],
    ['revenue over ten thousnd dollars', 3, 'thousand'],
    ['events untill march', 1, 'until'],
  ])('%s: word %d is %s', (text, index, word) => {
    expect(grammarWordAt(tokenize(text), index)).toBe(word);
  });

  it.each([
    ['companies at palce hotels', 2], // a word of a time phrase only where its phrase goes on
    ['companies aftermath', 1], // an English word stays
  ])('%s: word %d stays', (text, index) => {
    expect(grammarWordAt(tokenize(text), index)).toBeNull();
  });
});

describe('misspelt vocabulary words', () => {
  it.each([
    ['confernces', 'conferences'],
    ['exhibtors', 'exhibitors'],
    ['compnies', 'companies'],
    ['sponsered', 'sponsored'],
    ['organizors', 'organizers'],
    ['pepole', 'people'],
  ])('%s is %s', (typed, word) => {
    expect(vocabularyCandidates(typed)).toEqual([word]);
  });

  it.each(['stuff', 'staffs', 'makers', 'bakers', 'events', 'parties'])(
    'an English word is not respelt: %s',
    (word) => {
      expect(vocabularyCandidates(word)).toEqual([]);
    },
  );

  it('of two words equally near, the one the typo dropped a letter of wins (text/typoTies.ts)', () => {
    // "speaks" (a letter added) and "speakers" (a letter dropped) are both one edit away
    expect(vocabularyCandidates('speakrs')).toEqual(['speakers']);
    expect(vocabularyCandidates('septmber')).toEqual(['september']);
  });
});

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('spelling end to end on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('vocabularySpelling');
  });
  afterAll(() => f?.close());

  it.each([
    ['which compnies sponsered events?', 'which companies sponsored events?'],
    ['upcoming confernces', 'upcoming conferences'],
    ['list the exhibtors', 'list the exhibitors'],
    ['how many pepole are there?', 'how many people are there?'],
    ['evnets in singapoer', 'events in singapore'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    expect(sql(f.ask(q))).toBe(sql(f.ask(same)));
  });
});
