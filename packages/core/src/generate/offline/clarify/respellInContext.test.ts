import { describe, expect, it } from 'vitest';
import { demoScanner, sqlWithParams } from '../testkit';
import { contextReadings, neighboursIn, phraseJoins } from './respellInContext';

/**
 * Slips the word alone cannot decide, decided by the question around them (demo data): each typed question must run
 * the same SQL as its plain wording, and a word no slip explains (made up, a real word the data holds nothing on, a
 * content word one slip from another) is still asked back or refused.
 */
describe('contextReadings', () => {
  it('gives a short word that is no English word the words it is one kept-letter slip of', () => {
    expect(contextReadings('hwo').sort()).toEqual(['how', 'who']);
    expect(contextReadings('adn')).toEqual(['and']);
    expect(contextReadings('te')).toEqual(['the']);
    expect(contextReadings('hve')).toEqual(['have']);
  });

  it('gives a real English word only a grammar or date word, and only beside a date or a number', () => {
    expect(contextReadings('weak', { previous: 'last', next: '' })).toEqual(['week']);
    expect(contextReadings('nest', { previous: 'the', next: '3' })).toEqual(['next']);
    expect(contextReadings('form', { previous: 'events', next: 'october' })).toEqual(['from']);
    // nothing of time beside it: the real word stays
    expect(contextReadings('weak', { previous: 'very', next: 'companies' })).toEqual([]);
    expect(contextReadings('call', { previous: 'we', next: 'them' })).toEqual([]);
  });

  it('never gives a content word another content word ("sails" is no "sales", "cheap" no "chief")', () => {
    for (const word of ['sails', 'cheap', 'bored', 'doing', 'office'])
      expect(contextReadings(word, { previous: 'the', next: '2025' }), word).toEqual([]);
  });

  it('gives a real word a word of the parser only where it makes a phrase with its neighbour', () => {
    expect(contextReadings('man', { previous: 'how', next: 'sponsors' })).toContain('many');
    expect(contextReadings('man', { previous: 'the', next: 'sponsors' })).toEqual([]);
  });

  it('counts the respelt words that join a neighbour in a phrase, and finds a word’s neighbours', () => {
    expect(phraseJoins('how many events', ['how'])).toBe(1);
    expect(phraseJoins('who many events', ['who'])).toBe(0);
    expect(neighboursIn('Events in the nest 3 months', 'nest')).toEqual({ previous: 'the', next: '3' });
  });
});

describe('typed slips read in context (demo data)', () => {
  const demo = demoScanner();
  const sqlOf = (q: string): string => sqlWithParams(demo.fixture(), q);

  it.each([
    // a short word with two letters swapped, decided by the phrase it makes ("how many") or by the one reading
    [
      'hwo many companies are sponsoring events in october 2024',
      'how many companies are sponsoring events in october 2024',
    ],
    ['sales people ni germany at sponsors', 'sales people in germany at sponsors'],
    ['list te exhibitors at events in november 2024', 'list the exhibitors at events in november 2024'],
    ['how many people in sales ar there at sponsors', 'how many people in sales are there at sponsors'],
    ['which events hve already taken place', 'which events have already taken place'],
    ['is ther an event in japan in march', 'is there an event in japan in march'],
  ])('%s', (typed, plain) => {
    expect(sqlOf(typed)).toBe(sqlOf(plain));
  });

  it.each([
    // a real word typed for a word of dates, beside a date or a number
    ['events form october to december', 'events from october to december'],
    ['events starting in the nest 3 months', 'events starting in the next 3 months'],
    ['events that started last weak', 'events that started last week'],
    ['companies exhibiting at events net month', 'companies exhibiting at events next month'],
    ['sponsors of events taking place in the nxet 6 monhts', 'sponsors of events taking place in the next 6 months'],
  ])('%s', (typed, plain) => {
    expect(sqlOf(typed)).toBe(sqlOf(plain));
  });

  it.each([
    // made up, a real constraint the data does not hold, a content word one slip from another, a real word with no
    // date beside it, a word as near a word of the data as the parser's
    'events with blorptastic sponsors in singapore',
    'sails people at companies in germany',
    'people who are bored at events in singapore',
    'companies that call themselves leaders',
    'events with weak attendance in october',
    'coud you list the events in Singapore',
    'zwo many events are in japan',
    // a slip of a filler word where a value was to come would vanish from the answer
    'companies in ery',
    'sponsors from thks',
  ])('still asks back or refuses: %s', (q) => {
    expect(demo.fixture().ask(q).kind).not.toBe('sql');
  });

  it.each([
    // a word a reader of the scan found unclear and named readings of is asked with them, never respelt here
    'companies sponsoring every one of the events in 2025',
    'exhibitors at all the events in japan',
    'companies that sponsor each of the events in germany',
    'speakers at every event in october',
    'companies exhibiting at all events in 2025',
  ])('asks what a reader found unclear: %s', (q) => {
    expect(demo.fixture().ask(q).kind).toBe('clarify');
  });

  it.each([
    // a country's code typed in lower case where no place stands is a slip like any unread word
    ['the vice presidents fo marketing at sponsors', 'the vice presidents of marketing at sponsors'],
    ['directors fo sales at companies in japan', 'directors of sales at companies in japan'],
  ])('%s', (typed, plain) => {
    expect(sqlOf(typed)).toBe(sqlOf(plain));
  });
});
