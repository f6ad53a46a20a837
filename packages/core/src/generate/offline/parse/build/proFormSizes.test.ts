/**
 * A size adjective before a pro-form on a follow-up ("only the big ones") is the stated size of the earlier turn's
 * companies; said of events, of people or of nothing earlier it is asked about.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

describe.runIf(hasRealData)('size words on a pro-form (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });

  it('narrows the earlier companies by their stated size', () => {
    const earlier = 'which companies sponsor Cloud Expo Asia?';
    for (const [q, sql] of [
      ['just the large ones', /"employees_min" > \?/],
      ['only the huge ones please', /"employees_min" > \?/],
      ['the big ones', /"employees_min" > \?/],
      ['only the small ones', /"employees_max" <= \?/],
      ['and the tiny ones?', /"employees_max" <= \?/],
    ] as const) {
      const a = f.ask(earlier, q);
      expect(a.kind, q).toBe('sql');
      if (a.kind !== 'sql') continue;
      expect(a.sql, q).toMatch(sql);
      // still the sponsors of the earlier event
      expect(a.interpretation, q).toMatch(/sponsors/);
    }
  });

  it('is asked about when the pro-form stands for no companies', () => {
    for (const turns of [
      ['events in singapore next year', 'only the big ones'],
      ['sales people at airbus', 'just the large ones'],
      ['the big ones'],
    ]) {
      const a = f.ask(...turns);
      expect(a.kind, turns.join(' / ')).toBe('clarify');
    }
  });
});
