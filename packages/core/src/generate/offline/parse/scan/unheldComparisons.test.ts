import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

/** A comparative against another set or a named item is asked about; against a number it is a condition. */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('comparisons with no number');

describe.runIf(hasRealData)('comparisons with no number (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('asks about a comparison with another set or a named item, naming the comparative', () => {
    for (const [q, part] of [
      ['events with more sponsors than exhibitors', 'more'],
      ['companies with fewer employees than Google', 'fewer'],
      ['events with more sponsors than cemat', 'more'],
      ['companies with more revenue than google', 'more'],
    ] as const) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('clarify');
      if (asked.kind === 'clarify') expect(asked.clarification.part, q).toBe(part);
    }
  });

  it('reads a comparison with a number as before', () => {
    for (const q of ['companies with more than 500 employees', 'events with more than 20 sponsors'])
      expect(f.ask(q).kind, q).toBe('sql');
  });
});
