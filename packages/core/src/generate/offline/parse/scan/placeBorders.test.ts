import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, sql, type Fixture } from '../../testkit';

warnIfNoRealData('place borders');

/** "beyond Singapore's borders": lying past a place's edge is lying outside the place, the border noun no condition. */
describe.runIf(hasRealData)('a place named by its borders (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ["which events are held beyond Singapore's borders?", 'which events are held outside Singapore?'],
    ["events outside Singapore's borders", 'events outside Singapore'],
    ['events beyond the borders of Singapore in 2025', 'events outside Singapore in 2025'],
    ['companies outside the US borders', 'companies outside the US'],
    ["gatherings beyond Singapore's boundaries", 'gatherings outside Singapore'],
  ])('"%s" is "%s"', (said, plain) => {
    const asked = f.ask(said);
    expect(asked.kind).toBe('sql');
    expect(sql(asked)).toBe(sql(f.ask(plain)));
  });
});
