import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { verbClassAt } from '../../text/verbClasses';
import { column, realFixture, type Fixture } from '../../testkit';

describe('verbs of making or selling (WordNet)', () => {
  it.each([
    'make',
    'makes',
    'build',
    'produce',
    'producing',
    'manufacture',
    'sell',
    'sells',
    'offer',
    'provide',
    'supply',
  ])('"%s" is a verb of making or selling', (verb) => {
    expect(verbClassAt([verb])?.cls).toBe('offer');
  });

  it.each([
    ['earn', 'have'],
    ['hire', 'have'],
    ['start', 'begin'],
    ['attend', null],
  ] as const)('"%s" keeps its class (%s)', (verb, cls) => {
    expect(verbClassAt([verb])?.cls ?? null).toBe(cls);
  });
});

/**
 * What companies make or sell is their industry: the verb's object is read as a theme of the companies, never a
 * person's job function; an object that names no kind of output is asked about (real data).
 */
describe.runIf(hasRealData)('what companies make or sell (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each([
    ['companies that sell software', 'software companies'],
    ['which companies build software', 'software companies'],
    ['companies that manufacture chemicals', 'chemicals companies'],
    ['companies producing food', 'food companies'],
    ['which companies offer marketing services', 'marketing services companies'],
  ])('"%s" is the industry, as "%s"', (q, asTheme) => {
    const asked = f?.ask(q);
    const theme = f?.ask(asTheme);
    expect(asked?.kind, q).toBe('sql');
    if (asked?.kind !== 'sql' || theme?.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/^companies in the .* industry/);
    expect(asked.interpretation).not.toContain('job functions');
    const names = new Set(column(asked, 'company'));
    expect(names.size).toBeGreaterThan(0);
    expect(names).toEqual(new Set(column(theme, 'company')));
  });

  it.each(['how many companies make products', 'sponsors that sell products', 'companies that provide services'])(
    '"%s": a noun of any output names no industry, asked about, never the Product function',
    (q) => {
      const asked = f?.ask(q);
      expect(asked?.kind, q).not.toBe('sql');
      const said =
        asked?.kind === 'clarify' ? asked.clarification.question : asked?.kind === 'refusal' ? asked.message : '';
      expect(said).toMatch(/"(make|sell|provide) (products|services)"/);
      expect(said).toContain('held only as their industry');
    },
  );

  it('the verb joins the rest of the question: "how many companies make software and sponsor events"', () => {
    const asked = f?.ask('how many companies make software and sponsor events');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toMatch(
      /^number of companies in the "software" industry, that are among companies that are sponsors of events/,
    );
  });

  it('money made is still revenue: "which companies make the most money"', () => {
    const asked = f?.ask('which companies make the most money');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toContain('ranked by revenue');
  });
});
