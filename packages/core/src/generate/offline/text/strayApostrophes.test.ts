import { describe, expect, it } from 'vitest';
import { demoScanner, sqlWithParams } from '../testkit';
import { withoutStrayApostrophes } from './strayApostrophes';

describe('withoutStrayApostrophes', () => {
  it.each([
    ["which compan'ys are sponsors", 'which companys are sponsors'],
    ["list the spea'kers at acme", 'list the speakers at acme'],
    ['exhibi’tors in march', 'exhibitors in march'],
    ["even'ts in singapore", 'events in singapore'],
    ["how many peop'le work at acme", 'how many people work at acme'],
  ])('%s', (typed, read) => {
    expect(withoutStrayApostrophes(typed)).toBe(read);
  });

  it.each([
    "who's at acme's stand",
    "don't list the sponsors",
    "they're speaking, we've asked, i'll check, i'd like, i'm looking",
    "people named O'Brien or D'Angelo",
    "call 'Amazon Web Services' AWS",
    "the sponsors' e-mails",
  ])('keeps the apostrophes of %s', (typed) => {
    expect(withoutStrayApostrophes(typed)).toBe(typed);
  });
});

describe('stray apostrophes in questions (demo data)', () => {
  const demo = demoScanner();
  const sqlOf = (q: string): string => sqlWithParams(demo.fixture(), q);

  it.each([
    ["which compan'ys are exhibitors at events in 2025", 'which companies are exhibitors at events in 2025'],
    ["list the spea'kers at events in japan", 'list the speakers at events in japan'],
    ["how many even'ts are in october", 'how many events are in october'],
    ["sponsor's of events in germany", 'sponsors of events in germany'],
    ["marketing peop'le at sponsors", 'marketing people at sponsors'],
  ])('%s', (typed, plain) => {
    expect(sqlOf(typed)).toBe(sqlOf(plain));
  });

  it('still asks about a word no apostrophe explains ("blorp\'tastic")', () => {
    expect(demo.fixture().ask("events with blorp'tastic sponsors").kind).not.toBe('sql');
  });
});
