import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, sql, type Fixture } from '../../testkit';

/**
 * Participants in a market named with an adjective of standing ("big names", "major players", "key players"): the
 * companies, a size word being the size band it is before any noun of companies; a grade no column holds is asked
 * about before other nouns ("important sponsors").
 */
describe.skipIf(!hasRealData)('prominent participants (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (!hasRealData) return warnIfNoRealData('prominentParticipants');
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each([
    ['what are the big names at seamless asia', 'what are the big companies at seamless asia'],
    ['the biggest names at seamless asia', 'the biggest companies at seamless asia'],
    ['major players sponsoring ahice', 'companies sponsoring ahice'],
    ['key names at ahice', 'companies at ahice'],
    ['who are the key players at ahice', 'which companies are at ahice'],
    // a rank word with no number ranks nothing there: the idiom too
    ['leading players at ahice', 'companies at ahice'],
    ['the top players sponsoring ahice', 'companies sponsoring ahice'],
    // "names of X" asks for X by name, as before
    ['names of sponsors at ahice', 'sponsors at ahice'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it('a grade no column holds before another noun is still asked about ("important sponsors")', () => {
    if (!f) return;
    expect(f.ask('important sponsors at ahice').kind).toBe('clarify');
    // ... and so is a rank before another noun, or with a number and no measure ("top 5 players")
    expect(f.ask('top sponsors at ahice').kind).toBe('clarify');
    expect(f.ask('top 5 players at ahice').kind).toBe('clarify');
  });
});
