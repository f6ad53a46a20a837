import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * A noun of a job held after the words of a job ("the CTO role", "a marketing position") names the people holding it,
 * the same people as the words alone: it was asked back or refused.
 */
describe.skipIf(!hasRealData)('a job noun after the words of a job (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const names = (q: string): Set<unknown> => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    return new Set(asked.kind === 'sql' ? column(asked, 'full_name') : []);
  };

  it.each([
    ['Which of our contacts hold the chief technology officer role?', 'which of our contacts are ctos'],
    ['anyone holding the CFO position?', 'list the cfos'],
    ['people with a VP role at Intelsat', 'vps at Intelsat'],
    ['who is in a marketing role at PayPal', 'marketing people at PayPal'],
    ['which contacts hold director posts in singapore', 'directors in singapore'],
    ['sales jobs at Marriott International Hotels, Inc.', 'sales people at Marriott International Hotels, Inc.'],
  ])('%s: the people of %s', (q, plain) => {
    const expected = names(plain);
    expect(expected.size).toBeGreaterThan(0);
    expect(names(q)).toEqual(expected);
  });
});
