import { describe, expect, it } from 'vitest';
import { withoutAnswerGuesses } from './answerGuesses';

describe('the asker’s guess at the answer and the broader reading rejected', () => {
  it.each([
    ['are there any trade shows in europe or is it all asia', 'are there any trade shows in europe'],
    ['r there any events in africa, or is it literally all dubai?', 'r there any events in africa?'],
    ['is there anything on in march, or is everything quiet?', 'is there anything on in march?'],
    ['any sponsors from japan or are they all american?', 'any sponsors from japan?'],
    ['is anything on in june or is it all quiet', 'is anything on in june'],
    [
      'get me the marketing heads at X, not the whole marketing team, just the directors',
      'get me the marketing heads at X, just the directors',
    ],
    [
      'emails of the finance people at X? not all the finance team, only the controllers',
      'emails of the finance people at X? only the controllers',
    ],
  ])('"%s" -> "%s"', (typed, read) => {
    expect(withoutAnswerGuesses(typed)).toBe(read);
  });

  it.each([
    // a choice between two named values asked with no question of existence stays whole
    'which is bigger, accor or is it hilton',
    'events in europe or asia',
    'is the summit in may or june?',
    // "not X" with no "just / only Y" after it is a condition
    'people at X, not the whole sales team',
    'companies in singapore, not banks',
    // a guess holding a phrase of time may say the period of the whole question
    'is there anything on, or is everything dead over christmas?',
  ])('"%s" is left whole', (typed) => {
    expect(withoutAnswerGuesses(typed)).toBe(typed);
  });
});
