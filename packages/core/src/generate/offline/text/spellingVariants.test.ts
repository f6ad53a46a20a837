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
    // simplified spellings of informal writing, towards the standard one
    ['thru', 'through'],
    ['tho', 'though'],
    ['altho', 'although'],
    ['thoro', 'thorough'],
    ['nite', 'night'],
    ['tonite', 'tonight'],
  ])('%j has the variant %j', (word, variant) => {
    expect(spellingVariants(word)).toContain(variant);
  });

  it('reads simplified spellings one way only: the standard spelling has no simplified variant', () => {
    expect(spellingVariants('through')).not.toContain('thru');
    expect(spellingVariants('night')).not.toContain('nite');
    // ... and only the words the rule is about ("photo", "kite" keep their spelling)
    expect(spellingVariants('photo')).toEqual([]);
    expect(spellingVariants('kite')).toEqual([]);
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
