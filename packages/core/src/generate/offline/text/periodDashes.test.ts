import { describe, expect, it } from 'vitest';
import { readPeriodDashes, readPresentDeixis } from './periodDashes';

describe('readPeriodDashes', () => {
  it.each([
    ['winter events (dec-feb)', 'winter events (dec to feb)'],
    ['events sep–nov', 'events sep to nov'],
    ['events Sept — Nov 2024', 'events Sept to Nov 2024'],
    ['events dec 2024-feb 2025', 'events dec 2024 to feb 2025'],
    ['events nov 2024 - jan 2025', 'events nov 2024 to jan 2025'],
    ['events may-aug', 'events may to aug'],
    ['events Nov 5–Jan 10', 'events Nov 5 to Jan 10'],
    ['events q1-q2 2025', 'events q1 to q2 2025'],
    ['events Q4 2024 – Q1 2025', 'events Q4 2024 to Q1 2025'],
  ])('reads a dash between two months, quarters or halves as "to": %j', (text, expected) => {
    expect(readPeriodDashes(text)).toBe(expected);
  });

  it.each([
    // a hyphen inside a word that is no month, a dash before a word that is no month, a name
    ['events in mid-march', 'events in mid-march'],
    ['speakers named Jan-Erik', 'speakers named Jan-Erik'],
    ['events in dec - sponsors only', 'events in dec - sponsors only'],
    ['the dec-mar-tech expo', 'the dec-mar-tech expo'],
  ])('leaves other dashes alone: %j', (text, expected) => {
    expect(readPeriodDashes(text)).toBe(expected);
  });
});

describe('readPresentDeixis', () => {
  it.each([
    ['sponsors at the expo from here on out', 'sponsors at the expo from now on'],
    ['what is on from here on in?', 'what is on from now on?'],
    ['events from here on', 'events from now on'],
    // "here" that is a place stays
    ['events from here to Japan', 'events from here to Japan'],
  ])('%j -> %j', (text, expected) => {
    expect(readPresentDeixis(text)).toBe(expected);
  });
});
