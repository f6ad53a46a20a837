import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, sql, type Fixture } from '../../testkit';

/**
 * A free choice of a dimension or of companies ("..., any company", "from any country", "ceos, any industry") adds no
 * condition: the answer is the question's without it, never a grouping by the dimension, a question about the word
 * or "any company" read as the question's head.
 */
describe('a free choice restricts nothing (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const rowsOf = (q: string): unknown[][] => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return asked.rows;
  };

  it.each([
    ['need emails for all the hr / talent ppl we have, any company', 'emails for all the hr people'],
    ['ceos, any industry', 'ceos'],
    ['list sales people, any company, any country', 'list sales people'],
    ['sales people from any country', 'sales people'],
    ['marketing people in whatever sector', 'marketing people'],
  ])('%s is %s', (q, plain) => {
    const expected = rowsOf(plain);
    expect(expected.length).toBeGreaterThan(0);
    expect(rowsOf(q)).toEqual(expected);
  });

  it('a plural after "any" closing the message is still a question about the set before it', () => {
    expect(sql(f.ask('sales people - any ceos?'))).not.toBe(sql(f.ask('sales people')));
  });
});
