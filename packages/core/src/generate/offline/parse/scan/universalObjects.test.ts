import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

/**
 * A universal word over the object of a clause ("every", "all", "each") asks for a division the request cannot say:
 * asked about, never read as "some" (a broader question). Over the question's own noun it is the whole set.
 */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('universal quantifiers over an object');

describe.runIf(hasRealData)('universal quantifiers over an object (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('asks about a condition on every one of a set, offering "any one of them"', () => {
    for (const q of [
      'companies at every cyber security event',
      'events where every sponsor is from singapore',
      'events attended by all the sponsors of cemat',
      'companies that exhibit at each of the summits',
    ]) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('clarify');
      if (asked.kind === 'clarify') expect(asked.clarification.options[0]?.label, q).toBe('any one of them');
    }
  });

  it('reads the whole set asked, a possessive, and the one company of each person as before', () => {
    for (const q of [
      'list all events',
      'all companies in singapore',
      'show all the sponsors at cemat',
      'companies at cemat with all their contacts',
      'how many sponsors does each event have',
      'the marketing people at every company taking part in cemat',
    ])
      expect(f.ask(q).kind, q).toBe('sql');
  });
});
