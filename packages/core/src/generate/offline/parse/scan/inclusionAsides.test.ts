import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../../testkit';

/**
 * An aside that includes members the set holds anyway ("this year, incl the ones that already happened") adds no
 * condition: the answer is the question's without the aside, never its past members only.
 */
describe('an aside of inclusion restricts nothing (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const answer = (q: string) => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return asked;
  };

  it.each([
    ['how many events are there in 2024? incl the ones that already happened', 'how many events are there in 2024?'],
    ['events in 2024, including those that are over', 'events in 2024'],
    ['list the events this year, even the ones that have finished', 'list the events this year'],
    ['events in germany in 2024, also the ones that already took place', 'events in germany in 2024'],
    ['how many events in 2024 including the events which already happened', 'how many events in 2024'],
    ['events in 2024, including ones that are running now', 'events in 2024'],
  ])('%s is %s', (q, plain) => {
    const expected = answer(plain);
    const asked = answer(q);
    expect(asked.rows).toEqual(expected.rows);
    expect(asked.interpretation).not.toMatch(/already took place|running on/);
  });

  it('a past state said without a lead of inclusion, or with "only", still narrows', () => {
    expect(answer('events in 2024 that already happened').interpretation).toMatch(/already took place/);
    expect(answer('events in 2024, including only the ones that already happened').interpretation).toMatch(
      /already took place/,
    );
  });
});
