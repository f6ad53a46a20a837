import { describe, expect, it } from 'vitest';
import { monthAndTwoDigits, twoDigitDateOptions, yearAfterEventNoun, yearBeforeEventNoun } from './twoDigitDates';

const AS_OF = '2024-07-15';

describe('a month and two digits: a day or a year', () => {
  it.each([
    ['on oct 24', { from: '2024-10-24', to: '2024-10-24' }],
    ['on feb 25', { from: '2025-02-25', to: '2025-02-25' }],
    ['in oct 24', { from: '2024-10-01', to: '2024-10-31' }],
    ['during sept 25', { from: '2025-09-01', to: '2025-09-30' }],
    // no day of a month is 45; no year near today is 2009
    ['the nov 45', null],
    ['by march 09', { from: '2025-03-09', to: '2025-03-09' }],
    // a full year after the two digits: they are the day of that year ("b/w now and jul 15 2025"), whatever the lead
    ['and jul 15 2025', { from: '2025-07-15', to: '2025-07-15' }],
    ['in oct 24 2025', { from: '2025-10-24', to: '2025-10-24' }],
  ])('%s', (text, expected) => {
    const w = text.split(' ');
    const found = monthAndTwoDigits(w, 1, AS_OF);
    if (expected === null) expect(found).toBeNull();
    else expect(found && 'range' in found ? { from: found.range.from, to: found.range.to } : found).toEqual(expected);
  });

  it('an out-of-range number that is a year near today is the year', () => {
    const found = monthAndTwoDigits(['the', 'nov', '00'], 1, '2001-01-01');
    expect(found && 'range' in found && found.range.from).toBe('2000-11-01');
  });

  it('with no preposition both readings are plausible: unclear, with both offered', () => {
    const found = monthAndTwoDigits(['oct', '24', 'events'], 0, AS_OF);
    expect(found && 'unclear' in found).toBe(true);
    expect(twoDigitDateOptions(['oct', '24']).map((o) => o.replacement)).toEqual([
      'on October 24th',
      'in October 2024',
    ]);
    expect(twoDigitDateOptions(['oct', 'fest'])).toEqual([]);
  });

  it.each([
    ['2025 singapore events', true],
    ['2025 food and beverage expos', true],
    ['2025 events', true],
    ['2025 and 2026 events', false],
    ['2025 was a good year for companies', false],
  ])('a year before the event noun phrase it dates: %s', (text, expected) => {
    expect(yearBeforeEventNoun(text.split(' '), 0)).toBe(expected);
  });

  it.each([
    ['beauty shows 2025', 2, true],
    ['events 2024', 1, true],
    ['events 2024 2025', 1, false],
    ['companies 2025', 1, false],
  ])('a year after the event noun it dates: %s', (text, at, expected) => {
    expect(yearAfterEventNoun(text.split(' '), at)).toBe(expected);
  });
});
