import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, interpretationOf, realFixture } from '../../testkit';

warnIfNoRealData('a lone "s" after a noun is its plural ending');

/** "the cfo s", "vp s": the plural ending typed apart (real data). */
describe.runIf(hasRealData)('a stray plural "s" (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 120_000);
  afterAll(() => f?.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each([
    ['the cfo s at osea 2024 sponsors', /^people whose job title mentions CFO, working at companies that are sponsors/],
    [
      'emails of cto s at ctw apac',
      /^people whose job title mentions CTO, at companies taking part .*with a known e-mail/,
    ],
    ['list the exhibitor s of osea 2024', /^companies that are exhibitors of events named OSEA 2024$/],
    [
      'director s at seamless asia partners',
      /^people whose seniority is Director, working at companies that are partners/,
    ],
    ['how many ceo s work at ctw apac sponsors', /^number of people whose job title mentions CEO/],
  ])('%s', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });

  it('a lone "s" after no noun is still asked about', () => {
    expect(f.ask('let s see the osea 2024 sponsors').kind).not.toBe('sql');
  });
});
