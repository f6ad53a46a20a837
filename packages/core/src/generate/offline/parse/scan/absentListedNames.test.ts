/**
 * A name listed with company names that the data does not hold is said in the answer, the question answered for
 * the names it holds; a word of the language in such a list is no name, and a name alone is still asked about.
 */
import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';
import { beforeAll } from 'vitest';

describe.runIf(hasRealData)('a name absent from the data, listed with names it holds (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });

  it.each([
    ['how many of siemens, databricks and sap speak at events?', 'databricks'],
    ['people at google, zyntrixcorp and amazon', 'zyntrixcorp'],
    ['do cloudflare and netflix sponsor events?', 'netflix'],
    ['which events do paypal, atlassian or google attend?', 'atlassian'],
    ['count the sales people at meltwater, hubspot and paypal', 'hubspot'],
  ] as const)('%s', (q, absent) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    if (a.kind === 'sql') expect(a.interpretation, q).toContain(`"${absent}" is not in the data`);
  });

  it('a name the data lacks with no listed name beside it, or a word of the language, is not taken for a name', () => {
    // alone: still asked back
    const alone = f.ask('people at zyntrixcorp');
    expect(alone.kind).not.toBe('sql');
    // a word of the language in the list is no company ("oracle", "stripe" are words too: asked back, not said)
    for (const q of ['people at google, cheap and amazon', 'which events do paypal, stripe or google attend?']) {
      const a = f.ask(q);
      if (a.kind === 'sql') expect(a.interpretation ?? '', q).not.toContain('is not in the data');
    }
  });
});
