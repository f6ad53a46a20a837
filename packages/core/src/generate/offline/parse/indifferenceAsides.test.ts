import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, demoScanner, type Fixture, scanReading } from '../testkit';

/** Sentences of this test's own, not from any evaluation set. */
describe('a clause of acceptance beside the ask (demo data)', () => {
  const demo = demoScanner();
  const read = (q: string) => scanReading(demo.index(), q);

  it.each([
    ['events in Singapore next year, any month is fine', 'events in Singapore next year'],
    ['sales people in Singapore - any of them works', 'sales people in Singapore'],
    ['companies in Singapore, whatever is easiest', 'companies in Singapore'],
    ['events in Singapore next month; either will do', 'events in Singapore next month'],
    ['events in Singapore, any price is ok', 'events in Singapore'],
    ['people in Singapore, anyone is fine by me', 'people in Singapore'],
    ['marketing people in Singapore. any venue goes', 'marketing people in Singapore'],
    ['hr people in Singapore, whichever is quickest', 'hr people in Singapore'],
  ])('%j reads as %j', (said, bare) => {
    const a = read(said);
    expect(a.ignored).toEqual([]);
    expect(a.mentions).toEqual(read(bare).mentions);
  });

  // a head naming something the data does not hold keeps the clause content: asked about, never dropped
  it.each([
    ['events in Singapore, any with free parking is fine', 'parking'],
    ['events in Singapore, any vegan one is fine', 'vegan'],
    ['events in Singapore, any near the airport works', 'airport'],
  ])('%j: %s stays asked', (question, word) => {
    expect(read(question).ignored).toContain(word);
  });

  it('a clause alone is no aside', () => {
    expect(read('any zebra is fine').ignored).toContain('zebra');
  });
});

describe('acceptance is no charge (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each(['events in Singapore next year, any price is ok', 'events in Singapore, whatever fee is fine'])(
    '%s is answered',
    (q) => {
      expect(f.ask(q).kind).toBe('sql');
    },
  );

  it('a price asked is still refused or asked back', () => {
    expect(f.ask('events in Singapore with a ticket price under 50 dollars').kind).not.toBe('sql');
  });
});
