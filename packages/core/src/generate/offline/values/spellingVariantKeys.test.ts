import { describe, expect, it } from 'vitest';
import { addSpellingVariantKeys, variantKeys } from './spellingVariantKeys';

describe('spelling variants of the data names', () => {
  it('spells each word of a key the other way in turn', () => {
    expect(variantKeys('suntec convention centre')).toContain('suntec convention center');
    expect(variantKeys('global conference on gynaecology')).toContain('global conference on gynecology');
    expect(variantKeys('itb asia')).toEqual([]);
  });

  it('adds the variants as keys of the same hit, never over a key of its own', () => {
    const venues = new Map<string, string>([
      ['convention centre', 'Suntec'],
      ['theatre', 'Esplanade'],
      ['theater', 'Broadway'],
    ]);
    addSpellingVariantKeys([venues]);
    expect(venues.get('convention center')).toBe('Suntec');
    expect(venues.get('theater')).toBe('Broadway');
    expect(venues.get('theatre')).toBe('Esplanade');
  });
});
