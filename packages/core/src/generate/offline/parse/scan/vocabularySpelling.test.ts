import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../../testkit';
import { tokenize } from '../../text/tokenize';
import { adjectiveDegreeOf, grammarWordAt, isEnglishWord, vocabularyCandidates } from './vocabularySpelling';

describe('misspelt grammar words of time and quantity phrases', () => {
  it.each([
    ['companies founded befor 2000', 2, 'before'],
    ['events sinse 2024', 1, 'since'],
    ['events that have alredy taken place', 3, 'already'],
    ['events that have already taken palce', 5, 'place'],
    ['revenue over ten thousnd dollars', 3, 'thousand'],
    ['events untill march', 1, 'until'],
    // the words of dates: seasons, ordinals, units, vague counts, months and holidays
    ['events in the wintr of 2023', 3, 'winter'],
    ['events in the scond half of 2024', 3, 'second'],
    ['events in the thidr week of aug', 3, 'third'],
    ['events over the next fortngiht', 4, 'fortnight'],
    ['events in the next cuple months', 4, 'couple'],
    ['events over chrstmas', 2, 'christmas'],
    // four letters: a letter left out of a longer word
    ['events aftr january 2024', 1, 'after'],
    ['events in the frst 10 days of may', 3, 'first'],
    // a word of a lexicon phrase of several words, where its phrase goes on
    ['the customer sudcess people', 2, 'success'],
    ['the events acme is takig part in', 4, 'taking'],
  ])('%s: word %d is %s', (text, index, word) => {
    expect(grammarWordAt(tokenize(text), index)).toBe(word);
  });

  it.each([
    ['companies at palce hotels', 2], // a word of a time phrase only where its phrase goes on
    ['companies aftermath', 1], // an English word stays
    ['the sudcess people', 1], // a word of a phrase only where its phrase goes on
    ['events in the simmer', 3], // ... even where a date word was meant
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
    // four letters: a letter left out
    ['whch', 'which'],
    ['wich', 'which'],
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
    // a month or a holiday keeps its capital when misspelt: still the month, never an unknown name
    ['Which events are taking place in Novmeber 2024?', 'Which events are taking place in November 2024?'],
    ['events over Chrstmas 2023', 'events over Christmas 2023'],
    ['List the events in Auhust', 'List the events in August'],
    // a slip of a word is likelier than two words run together ("afg" + "er": Afghanistan)
    ['How many events are there afger November 2024?', 'How many events are there after November 2024?'],
    ['companies founded atfer 2006', 'companies founded after 2006'],
    ['events in the sping of 2023', 'events in the spring of 2023'],
    // a number word is its digits, as when spelt right
    ['events over the coming tgree months', 'events over the coming three months'],
    ['events towarsd the end of december', 'events towards the end of december'],
    ['companies with more than two thousnd employees', 'companies with more than two thousand employees'],
    // ... and a slip of a theme's word than two words typed together ("health are")
    ['which companies are sponsoring healthare events?', 'which companies are sponsoring healthcare events?'],
    // the clipped forms of "headquartered" stand alone as it does
    ["people in Germany whose company is HQ'd elsewhere", 'people in Germany whose company is headquartered elsewhere'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    expect(sql(f.ask(q))).toBe(sql(f.ask(same)));
  });
});

describe('the degrees of an adjective are English words', () => {
  it.each([
    ['broader', 'broad'],
    ['broadest', 'broad'],
    ['bigger', 'big'],
    ['nicer', 'nice'],
    ['happier', 'happy'],
  ])('%s is a degree of %s', (word, base) => {
    expect(adjectiveDegreeOf(word)).toBe(base);
    expect(isEnglishWord(word)).toBe(true);
  });

  it.each(['blorfer', 'sponsor', 'er'])('%s is no degree of an adjective', (word) => {
    expect(adjectiveDegreeOf(word)).toBeUndefined();
  });
});

describe('the irregular forms of a verb are English words', () => {
  it.each(['chose', 'went', 'began', 'bought', 'wrote'])('%s is a form of a verb', (word) => {
    expect(isEnglishWord(word)).toBe(true);
  });

  it.each(['recieved', 'ocurred', 'evnts'])('%s, a slip, is no English word', (word) => {
    expect(isEnglishWord(word)).toBe(false);
  });
});
