import { describe, expect, it } from 'vitest';
import { readAdditiveFocus } from './additiveFocus';

describe('readAdditiveFocus', () => {
  it.each([
    ['firms that not only exhibit but also sponsor', 'firms that exhibit and also sponsor'],
    ['staff not just in hr but also finance at acme', 'staff in hr and also finance at acme'],
    ['events not merely in 2024, but in 2025 too', 'events in 2024 and also in 2025'],
    ['shows that are not simply in japan but also korea as well?', 'shows that are in japan and also korea?'],
  ])('"not <adverb> A but (also) B" is A and also B: %s', (q, read) => {
    expect(readAdditiveFocus(q)).toBe(read);
  });

  it.each([
    ['which shows does acme exhibit at (not just speak at)?', 'which shows does acme exhibit at?'],
    ['which shows does acme exhibit at, not only speak at', 'which shows does acme exhibit at'],
    ['companies at the expo, not just the sponsors.', 'companies at the expo.'],
    ['acme events and not merely the ones in 2024', 'acme events'],
  ])('an aside "not <adverb> A" closing its sentence adds no condition: %s', (q, read) => {
    expect(readAdditiveFocus(q)).toBe(read);
  });

  it.each([
    'companies that sponsor but not exhibit',
    'sponsors (not exhibitors) at the expo',
    'people not in sales',
    'not only that, which events are in march',
    'events, not just in march, in singapore',
  ])('a plain negation, and a "not just" that does not close its sentence, are left alone: %s', (q) => {
    expect(readAdditiveFocus(q)).toBe(q);
  });
});
