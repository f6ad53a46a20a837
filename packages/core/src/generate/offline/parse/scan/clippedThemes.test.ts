import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { expandClippedThemes } from './clippedThemes';

/** Only the themes are read: a value index holding industries and tags alone. */
const index = {
  industries: [
    { name: 'Information Technology & Services', tokens: ['information', 'technology', 'services'] },
    { name: 'Financial Services', tokens: ['financial', 'services'] },
    { name: 'Software Development', tokens: ['software', 'development'] },
    { name: 'Biotechnology Research', tokens: ['biotechnology', 'research'] },
    { name: 'Biomedical Research', tokens: ['biomedical', 'research'] },
  ],
  tags: [],
} as unknown as ValueIndex;

const expand = (q: string, known: (phrase: string) => boolean = () => false): string => {
  const tokens = tokenize(q);
  expandClippedThemes(tokens, index, known);
  return tokens.map((t) => t.norm).join(' ');
};

describe('themes typed clipped', () => {
  it.each([
    ['info tech companies', 'information technology companies'],
    ['fin services firms in japan', 'financial services firms in japan'],
    ['software dev cos', 'software development cos'],
    ['info tech services vendors', 'information technology services vendors'],
  ])('%s -> %s', (q, expected) => {
    expect(expand(q)).toBe(expected);
  });

  it.each([
    // two themes start that way: left as typed, for the parser to ask about
    'bio research companies',
    // nothing clipped: nothing to do
    'financial services firms',
    // a clipped word alone is not a phrase ("fin" could be anything)
    'fin companies',
    // two letters are too few to stand for a word
    'in se companies',
  ])('%s stays as typed', (q) => {
    expect(expand(q)).toBe(
      tokenize(q)
        .map((t) => t.norm)
        .join(' '),
    );
  });

  it('words the data names as they are typed are never rewritten', () => {
    expect(expand('fin services firms', (p) => p === 'fin services')).toBe('fin services firms');
  });
});

describe('a theme typed clipped with the words between left out', () => {
  const withSecurity = {
    industries: [
      { name: 'Computer and Network Security', tokens: ['computer', 'network', 'security'] },
      { name: 'Computer Hardware', tokens: ['computer', 'hardware'] },
    ],
    tags: [],
  } as unknown as ValueIndex;
  const expandIn = (q: string): string => {
    const tokens = tokenize(q);
    expandClippedThemes(tokens, withSecurity, () => false);
    return tokens.map((t) => t.norm).join(' ');
  };

  it('reads the industry words the clipped ones start, in order, ending on its last word', () => {
    expect(expandIn('compu sec vendors')).toBe('computer security vendors');
  });

  it('leaves words that do not end on an industry last word', () => {
    expect(expandIn('compu net vendors')).toBe('computer network vendors');
    expect(expandIn('compu stuff vendors')).toBe('compu stuff vendors');
  });
});

describe('words that carry nothing are no clipped theme', () => {
  const withTherapy = {
    industries: [
      { name: 'Analysis for Autism Therapy', tokens: ['analysis', 'for', 'autism', 'therapy'] },
      { name: 'Speech Therapy', tokens: ['speech', 'therapy'] },
    ],
    tags: [],
  } as unknown as ValueIndex;
  it('keeps "for the" as typed', () => {
    const tokens = tokenize('for the cos at the fair');
    expandClippedThemes(tokens, withTherapy, () => false);
    expect(tokens.map((t) => t.norm).join(' ')).toBe('for the cos at the fair');
  });
});

describe('a whole word is no clipping of a word derived from it', () => {
  const withProviders = {
    industries: [
      {
        name: 'Cloud Hosting Providers, Managed Services',
        tokens: ['cloud', 'hosting', 'providers', 'managed', 'services'],
      },
      { name: 'Marketing Services', tokens: ['marketing', 'services'] },
    ],
    tags: [],
  } as unknown as ValueIndex;
  const expandIn = (q: string): string => {
    const tokens = tokenize(q);
    expandClippedThemes(tokens, withProviders, () => false);
    return tokens.map((t) => t.norm).join(' ');
  };

  it.each([
    // a verb and the agent noun made of it ("provide": "providers"), a noun and its "-ing" form
    'firms that provide services',
    'firms that market services',
  ])('%s stays as typed', (q) => {
    expect(expandIn(q)).toBe(q);
  });

  it('a clipping of the same words is still read', () => {
    expect(expandIn('firms in cloud prov services')).toBe('firms in cloud providers services');
    expect(expandIn('firms in mark services')).toBe('firms in marketing services');
  });
});
