import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

/**
 * A noun said again of the set the question already narrows ("avg event length for oct 2024 events": the period
 * attaches to the first "event") is that set, not a second set of its kind that narrows nothing; a repeated noun
 * with nothing narrowing either set ("companies at companies") stays refused.
 */
describe.runIf(hasRealData)('a noun said again (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it('the repeated noun is the narrowed set: the same rows as the question said once', () => {
    const twice = f.ask('avg event length in days for oct 2024 events?');
    const once = f.ask('average length in days of events in october 2024');
    expect(twice.kind).toBe('sql');
    expect(once.kind).toBe('sql');
    if (twice.kind !== 'sql' || once.kind !== 'sql') return;
    expect(twice.interpretation).not.toMatch(/among/);
    expect(twice.rows).toEqual(once.rows);
  });

  it.each([
    'Which three countries are most of the participating companies headquartered in, and how many companies from each?',
    'top 3 countries of the companies, and how many companies in each',
  ])("the grouped noun counted again is the groups' number: %s", (q) => {
    const asked = f.ask(q);
    const plain = f.ask('top 3 countries by number of companies');
    expect(asked.kind === 'sql' && plain.kind === 'sql' && asked.rows).toEqual(plain.kind === 'sql' && plain.rows);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).not.toMatch(/among/);
  });

  it('a repeated noun narrowing nothing is refused, never answered as everything', () => {
    expect(f.ask('companies at companies').kind).not.toBe('sql');
  });
});
