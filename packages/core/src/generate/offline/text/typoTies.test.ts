import { describe, expect, it } from 'vitest';
import {
  doubledLetterWord,
  fillerSlip,
  isTypingSlip,
  likeliestTypos,
  movedLetter,
  movedLetterWord,
  sameLemma,
  transposedWord,
} from './typoTies';

describe('likeliestTypos', () => {
  it.each([
    ['speakrs', ['speaks', 'speakers'], ['speakers']],
    ['employes', ['employee', 'employees', 'employer', 'employers'], ['employees']],
    ['headquarterd', ['headquarters', 'headquartered'], ['headquartered']],
    // no dropped letter: a neighbouring key struck (t is beside r; not beside s or m)
    ['thete', ['these', 'theme', 'there'], ['there']],
    ['evebts', ['events', 'evens'], ['events']],
  ])('%j among %j is %j', (typed, candidates, expected) => {
    expect(likeliestTypos(typed, candidates)).toEqual(expected);
  });

  it('keeps a tie no rule breaks', () => {
    expect(likeliestTypos('cart', ['care', 'card'])).toEqual(['care', 'card']);
    expect(likeliestTypos('mange', ['mangle', 'manage'])).toEqual(['mangle', 'manage']);
  });
});

describe('transposedWord', () => {
  const vocabulary = new Set(['many', 'next', 'events', 'form', 'from']);
  it('reads two swapped letters as the one vocabulary word they make', () => {
    expect(transposedWord('mnay', vocabulary)).toBe('many');
    expect(transposedWord('nxet', vocabulary)).toBe('next');
    expect(transposedWord('evnets', vocabulary)).toBe('events');
  });
  it('reads nothing when no swap, or a doubled letter, makes a word', () => {
    expect(transposedWord('blah', vocabulary)).toBeNull();
    expect(transposedWord('mnnay', vocabulary)).toBeNull();
  });
});

describe('movedLetterWord', () => {
  const vocabulary = new Set(['partners', 'speakers', 'exhibitors', 'sponsors', 'events']);
  it.each([
    ['parterns', 'partners'],
    ['exhibiorts', 'exhibitors'],
    ['spnsoors', 'sponsors'],
  ])('%s is %s: one letter typed two places out', (typed, expected) => {
    expect(movedLetterWord(typed, vocabulary, 7)).toBe(expected);
  });

  it('reads no word shorter than asked, and no word a letter moved does not make', () => {
    expect(movedLetterWord('evnest', vocabulary, 7)).toBeNull();
    expect(movedLetterWord('partenrs', new Set(['parents']), 7)).toBeNull();
  });
});

describe('doubledLetterWord', () => {
  const vocabulary = new Set(['many', 'upcoming', 'events', 'event', 'pass', 'pas']);
  it.each([
    ['manny', 'many'],
    ['upcomming', 'upcoming'],
    ['eventss', 'events'],
    ['evvents', 'events'],
  ])('reads %j as %j (one letter typed twice)', (typed, expected) => {
    expect(doubledLetterWord(typed, vocabulary)).toBe(expected);
  });
  it('reads nothing when no single letter makes a word, or the word has no doubled letter', () => {
    expect(doubledLetterWord('mannny', vocabulary)).toBeNull();
    expect(doubledLetterWord('evnts', vocabulary)).toBeNull();
  });
});

describe('likeliestTypos: a swap', () => {
  it('prefers two letters swapped to a letter added', () => {
    expect(likeliestTypos('towarsd', ['toward', 'towards'])).toEqual(['towards']);
  });
});

describe('fillerSlip', () => {
  it('reads a word as a filler word where it is as likely a slip of one as of a name word', () => {
    expect(fillerSlip('chers', ['chefs'])).toBe(true); // "cheers" with a letter of a pair dropped
    expect(fillerSlip('chees', ['chefs'])).toBe(true);
  });

  it('leaves a word nearer a name word, or near no filler word, to the names', () => {
    expect(fillerSlip('chefz', ['chefs'])).toBe(false);
    expect(fillerSlip('singapor', ['singapore'])).toBe(false);
  });
});

describe('isTypingSlip', () => {
  it.each([
    ['frm', 'from'], // a letter dropped
    ['ayn', 'any'], // two swapped
    ['sll', 'all'], // s is beside a
    ['ang', 'any'], // g is below y
    ['alll', 'all'], // a letter doubled
    ['wirth', 'with'], // r beside t, added
    ['eny', 'any'], // a vowel for a vowel
  ])('%s is a slip of %s', (typed, word) => {
    expect(isTypingSlip(typed, word)).toBe(true);
  });

  it.each([
    ['cll', 'all'],
    ['aln', 'all'],
    ['ann', 'any'],
    ['whth', 'with'],
    ['albl', 'all'],
  ])('%s is one edit from %s but no slip of it', (typed, word) => {
    expect(isTypingSlip(typed, word)).toBe(false);
  });
});

describe('sameLemma', () => {
  it('two forms of one word are the same lemma (never a spelling tie), other near words are not', () => {
    for (const [a, b] of [
      ['bring', 'brings'],
      ['make', 'makes'],
      ['has', 'have'],
      ['event', 'events'],
    ])
      expect(sameLemma(a ?? '', b ?? ''), `${a} ${b}`).toBe(true);
    expect(sameLemma('bring', 'being')).toBe(false);
    expect(sameLemma('bring', 'bring')).toBe(false);
  });
});

describe('movedLetter', () => {
  it('reads one letter moved two or three places as one slip', () => {
    expect(movedLetter('parterns', 'partners')).toBe(true);
    expect(movedLetter('sposonrs', 'sponsors')).toBe(true);
  });
  it('is no other edit, and no move in a short word', () => {
    expect(movedLetter('patterns', 'partners')).toBe(false);
    expect(movedLetter('tsar', 'star')).toBe(false);
  });
  it('makes a moved letter likelier than one struck for another', () => {
    expect(likeliestTypos('parterns', ['patterns', 'partners'])).toEqual(['partners']);
  });
});
