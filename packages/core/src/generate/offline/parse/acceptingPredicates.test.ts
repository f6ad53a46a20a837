import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shape } from '../ir/Request';
import { realFixture, type Asked, type Fixture } from '../testkit';

warnIfNoRealData('accepting predicates');

const shapeOf = (r: Asked): Shape | null =>
  r.kind === 'sql' ? ((r.understanding as { request?: { shape: Shape } } | undefined)?.request?.shape ?? null) : null;

/**
 * "anyone with VP in the title counts": a verb of qualifying closing a clause with an indefinite subject restates the
 * condition (a hedged condition, `restatements.ts`); it never turns a list into a count, and "how many" still counts.
 */
describe.runIf(hasRealData)('accepting predicates (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['vice presidents at google - anyone with VP in the title counts'],
    ['the directors at Siemens, anybody with director in their title counts too'],
    ['people at Meltwater in sales; all of the account managers count'],
  ])('%s is the list of those people', (q) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    expect(shapeOf(asked)?.kind).toBe('list');
    expect(asked.kind === 'sql' && asked.rows.length).toBeGreaterThan(0);
  });

  it('a count asked stays a count', () => {
    const asked = f.ask('how many directors at Siemens? anyone with director in the title counts');
    expect(shapeOf(asked)?.kind).toBe('count');
  });
});
