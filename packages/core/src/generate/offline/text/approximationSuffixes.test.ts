import { describe, expect, it } from 'vitest';
import { dropApproximationSuffixes } from './approximationSuffixes';

describe('dropApproximationSuffixes', () => {
  it('takes a hedging suffix off the word it is hyphenated to', () => {
    expect(dropApproximationSuffixes('any biotech-ish firms sponsoring?')).toBe('any biotech firms sponsoring?');
    expect(dropApproximationSuffixes('robotics-y shows in march')).toBe('robotics shows in march');
    expect(dropApproximationSuffixes('Gaming-esque expos')).toBe('Gaming expos');
    expect(dropApproximationSuffixes('insurance-type companies')).toBe('insurance companies');
  });
  it('leaves short words, figures and ordinary hyphens alone', () => {
    expect(dropApproximationSuffixes('gen-y founders')).toBe('gen-y founders');
    expect(dropApproximationSuffixes('a 50-ish person firm')).toBe('a 50-ish person firm');
    expect(dropApproximationSuffixes('e-commerce and co-located events')).toBe('e-commerce and co-located events');
    expect(dropApproximationSuffixes('events in jan-feb ish')).toBe('events in jan-feb ish');
  });
});
