import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, type Fixture } from '../../testkit';

/**
 * "From <companies>" after the event a participant takes part in describes the participants' companies, never other
 * companies of the event (i076: the size went to any participant of the event, so every speaker came back).
 */
describe.runIf(hasRealData)('where the participants come from (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const rows = (q: string): unknown[][] => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return asked.rows;
  };

  it.each([
    [
      'whos speaking at cloud expo asia from companies under a thousand employees',
      'which companies with under 1000 employees are speaking at cloud expo asia',
      'which companies are speaking at cloud expo asia',
    ],
    ['sponsors of ahice from US companies', 'US sponsors of ahice', 'sponsors of ahice'],
  ])('%s', (q, same, all) => {
    const expected = rows(same);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows(all).length);
    expect(rows(q)).toEqual(expected);
  });
});
