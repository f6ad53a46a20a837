import { describe, expect, it } from 'vitest';
import { knownVariant, spellingVariants } from './spellingVariants';

describe('spellingVariants', () => {
  it.each([
    ['centre', 'center'],
    ['center', 'centre'],
    ['organisation', 'organization'],
    ['organizations', 'organisations'],
    ['organises', 'organizes'],
    ['analyse', 'analyze'],
    ['colour', 'color'],
    ['labor', 'labour'],
    ['catalogue', 'catalog'],
    ['defence', 'defense'],
    ['defense', 'defence'],
    ['travelling', 'traveling'],
    ['modeling', 'modelling'],
    ['jewellery', 'jewelry'],
    ['programme', 'program'],
    ['program', 'programme'],
    ['gynaecology', 'gynecology'],
    ['paediatrics', 'pediatrics'],
    ['aluminium', 'aluminum'],
    ['fibre', 'fiber'],
  ])('%j has the variant %j', (word, variant) => {
    expect(spellingVariants(word)).toContain(variant);
  });

  it('never gives the word itself', () => {
    for (const w of ['centre', 'events', 'sponsor', 'people']) expect(spellingVariants(w)).not.toContain(w);
  });
});

describe('knownVariant', () => {
  const known = new Set(['centre', 'defense', 'organisations', 'gynecology']);
  const read = (w: string): string | null => knownVariant(w, (x) => known.has(x));

  it('reads a word in the spelling the reader knows', () => {
    expect(read('center')).toBe('centre');
    expect(read('defence')).toBe('defense');
    expect(read('organizations')).toBe('organisations');
    expect(read('gynaecology')).toBe('gynecology');
  });

  it('reads nothing when no variant is known', () => {
    expect(read('colour')).toBeNull();
    expect(read('events')).toBeNull();
  });
});
