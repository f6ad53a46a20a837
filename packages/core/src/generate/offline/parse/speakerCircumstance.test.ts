import { describe, expect, it } from 'vitest';
import { demoScanner, interpretationOf } from '../testkit';

/** Where the speaker is, said in a clause of its own, is no condition on the data. */
describe('the speaker circumstance (demo data)', () => {
  const { fixture } = demoScanner();
  const read = (q: string): string => {
    return interpretationOf(fixture(), q);
  };

  it.each([
    ['events in 2025, quick, in a cab', 'events in 2025'],
    ['events in 2025, on my phone', 'events in 2025'],
  ])('%s reads as "%s"', (q, same) => {
    expect(read(q)).toBe(read(same));
  });
});
