import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../../testkit';
import { vocabularyCandidates } from './vocabularySpelling';

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
