import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { scanMentions } from '../scanMentions';

describe('a contrast of two kinds of place says which reading of a place is meant (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => {
    const scan = scanMentions(q, demo.index(), '2024-07-15');
    return { ignored: scan.ignored, kinds: scan.mentions.map((m) => m.t) };
  };

  // sentences of this test's own
  it.each([
    ['who do we have in singapore - the country, not the city', 'who do we have in singapore'],
    ['which companies are in japan. country not city', 'which companies are in japan'],
    ['any people in tokyo? the city rather than the country', 'any people in tokyo?'],
  ])('%j reads as %j', (wrapped, bare) => {
    const a = read(wrapped);
    expect(a.ignored).toEqual([]);
    expect(a.kinds).toEqual(read(bare).kinds);
  });

  it.each([
    // the place was not read as the kind chosen: no reading is made up, the contrast stays to be asked about
    'which companies are in japan - the city not the country',
    // a negation with one kind only is no contrast of two
    'people in tokyo, not the city',
  ])('%j keeps the contrast', (q) => {
    const kinds = read(q).kinds;
    expect(kinds.some((k) => k === 'dimension' || k === 'neg')).toBe(true);
  });
});
