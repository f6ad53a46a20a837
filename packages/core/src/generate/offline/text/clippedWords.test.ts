import { describe, expect, it } from 'vitest';
import { LEXICON_PHRASES } from '../parse/lexiconTable';
import { sameMeaning } from '../parse/shorthandOptions';
import { clipsWord, derivedFrom, expandClipped } from './clippedWords';

// The parser's own vocabulary and readings, as the generator passes them.
const vocabulary = new Set([...LEXICON_PHRASES].flatMap((phrase) => phrase.split(' ')));
const read = (w: string): string | null => expandClipped(w, vocabulary, sameMeaning);

describe('expandClipped', () => {
  it.each([
    ['spons', 'sponsors'],
    ['compan', 'company'],
  ])('reads the cut %j as %j', (clip, word) => {
    expect(read(clip)).toBe(word);
  });

  it('leaves a cut of two meanings alone (an exhibitor or an exhibition; a participant or a participation)', () => {
    expect(read('exhib')).toBeNull();
    expect(read('partic')).toBeNull();
    expect(read('exhibs')).toBeNull();
  });

  it('leaves real words, short cuts and vocabulary words alone', () => {
    expect(read('golf')).toBeNull(); // an English word, not a cut
    expect(read('spo')).toBeNull(); // three letters: an acronym as often as a cut
    expect(read('sponsor')).toBeNull(); // already a vocabulary word
    expect(read('blorp')).toBeNull(); // the start of no vocabulary word
  });
});

describe('derivedFrom / clipsWord', () => {
  it.each([
    ['providers', 'provide'],
    ['consulting', 'consult'],
    ['management', 'manage'],
    ['suppliers', 'supply'],
    ['marketing', 'market'],
  ])('%s is derived from the whole word %s, which is no clipping of it', (word, base) => {
    expect(derivedFrom(word, base)).toBe(true);
    expect(clipsWord(base, word)).toBe(false);
  });

  it.each([
    ['fin', 'financial'],
    ['info', 'information'],
    ['tech', 'technology'],
    ['admin', 'administration'],
  ])('%s is a clipping of %s', (typed, word) => {
    expect(derivedFrom(word, typed)).toBe(false);
    expect(clipsWord(typed, word)).toBe(true);
  });

  it('a derived form of a word that is no English word is still a clipping ("provid")', () => {
    expect(clipsWord('provid', 'providers')).toBe(true);
  });
});
