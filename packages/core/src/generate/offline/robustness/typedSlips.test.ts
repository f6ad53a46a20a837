import { describe, expect, it } from 'vitest';
import { surface } from './operators';
import { Random } from './random';
import { withHeldKey, withTypedNoise } from './typedSlips';

describe('typed8 operators', () => {
  it('types one letter of a template word twice, never inside a value', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const out = withHeldKey('Which companies sponsor «Zenith Expo»?', new Random(seed));
      expect(out).not.toBeNull();
      expect(out).toContain('«Zenith Expo»');
      expect(surface(out ?? '').length).toBe('Which companies sponsor Zenith Expo?'.length + 1);
    }
  });

  it('adds an ellipsis, a noisy ending or a comparison sign, values untouched', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const out = withTypedNoise('Which companies have more than «500» employees?', new Random(seed));
      expect(out).toContain('«500»');
      seen.add(out.includes('...') ? 'ellipsis' : out.includes('> «500»') ? 'sign' : 'ending');
    }
    expect(seen).toEqual(new Set(['ellipsis', 'sign', 'ending']));
  });
});
