/**
 * A sector before a plural noun of makers is the companies' industry, the sector's manufacturing labels: never an
 * event theme, a company whose name holds the sector's word, or every manufacturing label.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

describe.runIf(hasRealData)("sector makers are the sector's manufacturing industries (real data)", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });

  it.each([
    ['which food manufacturers take part in events?', 'Food and Beverage Manufacturing'],
    ['electronics makers that exhibit', 'Electronics Manufacturing'],
    ['chemical producers at any event', 'Chemical Manufacturing'],
    ['list aviation manufacturers sponsoring events', 'Aviation and Aerospace Component Manufacturing'],
    ['vehicle makers speaking at events', 'Motor Vehicle Manufacturing'],
    ['sales contacts at furniture manufacturers', 'Furniture and Home Furnishings Manufacturing'],
  ] as const)('%s', (q, label) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    if (a.kind !== 'sql') return;
    expect(a.interpretation, q).toContain(label);
    // the industry is the companies', no event theme and no company named by the word
    expect(a.interpretation, q).not.toMatch(/events about|companies named/);
    for (const p of a.params.filter((x): x is string => typeof x === 'string' && /[A-Z]/.test(x)))
      expect(p, q).toMatch(/Manufacturing/);
  });

  it('a maker noun with no sector, or a sector with no manufacturing label, is left to the other readers', () => {
    const bare = f.ask('which manufacturers sponsor events');
    if (bare.kind === 'sql') expect(bare.interpretation).not.toMatch(/Food and Beverage Manufacturing industry/);
    const software = f.ask('software makers at events');
    if (software.kind === 'sql') expect(software.interpretation).not.toMatch(/Manufacturing/);
  });
});
