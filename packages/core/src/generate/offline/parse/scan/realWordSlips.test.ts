import { describe, expect, it } from 'vitest';
import { demoScanner, sql } from '../../testkit';
import { tokenize } from '../../text/tokenize';
import { LEXICON } from '../lexiconTable';
import { correctClosedClassSlips, isEnglishWord, realWordSlipAt } from './vocabularySpelling';

/**
 * Slips of the vocabulary's own words that make another word ("simmer" for summer, "manger" for manager) or an
 * initialism WordNet writes in capitals ("sles": SLE) were asked back; they are read where the phrase around them
 * goes on with the respelt word, and asked about elsewhere.
 */
describe('slips that make another word', () => {
  it('an initialism typed in lower case is no English word', () => {
    expect(isEnglishWord('sles')).toBe(false);
    expect(isEnglishWord('sales')).toBe(true);
  });

  it.each([
    ['events in simmer 2025', 2, 'summer'],
    ['simmer 2025 events', 0, 'summer'],
    ['manger level people', 0, 'manager'],
  ])('%s: read as the word its phrase goes on with', (text, k, expected) => {
    expect(realWordSlipAt(tokenize(text), k)).toBe(expected);
  });

  it.each([
    ['companies that simmer', 2],
    ['a manger at acme', 1],
  ])('%s: the word may mean itself, left as typed', (text, k) => {
    expect(realWordSlipAt(tokenize(text), k)).toBeNull();
  });

  const { fixture } = demoScanner();
  it.each([
    ['events in simmer 2025', 'events in summer 2025'],
    ['manger level people', 'manager level people'],
    ['sles people', 'sales people'],
  ])('"%s" asks what "%s" asks', (typed, meant) => {
    expect(sql(fixture().ask(typed))).toBe(sql(fixture().ask(meant)));
  });
});

/**
 * A slip of a determiner or preposition where the grammar expects one ("speakers at eny event": blind34 n093 asked
 * back "eny") is that word; with no noun or noun phrase after it, it is left as typed.
 */
describe('slips of closed-class words', () => {
  const known = (x: string): boolean => LEXICON.has(x);
  const read = (text: string): string => {
    const tokens = tokenize(text);
    correctClosedClassSlips(tokens, known);
    return tokens.map((t) => t.norm).join(' ');
  };

  it.each([
    ['speakers at eny event', 'speakers at any event'],
    ['people frm the sponsors', 'people from the sponsors'],
    ['sll companies', 'all companies'],
  ])('%s -> %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  // one edit from 'all' or 'any', but no slip of the hand or ear: a token the parser lacks, asked about
  it.each(['speakers at eny', 'zzz event', 'cll companies', 'aln people at sponsors'])('%s: left as typed', (text) => {
    expect(read(text)).toBe(
      tokenize(text)
        .map((t) => t.norm)
        .join(' '),
    );
  });

  const { fixture } = demoScanner();
  it('asks what the word meant asks', () => {
    expect(sql(fixture().ask('speakers at eny event in the next 9 mo'))).toBe(
      sql(fixture().ask('speakers at any event in the next 9 months')),
    );
  });
});
