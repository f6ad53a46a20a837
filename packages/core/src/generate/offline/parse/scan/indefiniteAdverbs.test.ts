import { describe, expect, it } from 'vitest';
import { demoScanner, interpretationOf } from '../../testkit';
import { unspecifiedAdverb } from './indefiniteAdverbs';

/** Adverbs of an unspecified time or place, by WordNet's definitions (words of this test's own). */
describe('unspecifiedAdverb', () => {
  it.each(['sometime', 'someday', 'somewhere', 'anywhere', 'eventually'])('%s leaves its time or place open', (w) => {
    expect(unspecifiedAdverb(w)).toBe(true);
  });
  it.each(['already', 'recently', 'soon', 'nearby', 'lately', 'early'])('%s says more', (w) => {
    expect(unspecifiedAdverb(w)).toBe(false);
  });
});

/** Such an adverb before a time or place said adds no condition (demo data). */
describe('adverbs of an unspecified time or place (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['events sometime next year', 'events next year'],
    ['conferences someday in 2025', 'conferences in 2025'],
    ['events somewhere in Singapore', 'events in Singapore'],
  ])('%s reads as "%s"', (q, same) => {
    const expected = read(same);
    expect(expected).not.toBe('clarify');
    expect(read(q)).toBe(expected);
  });

  it('asks about such an adverb with no time or place after it', () => {
    expect(read('events sometime with sponsors')).toBe('clarify');
  });
});
