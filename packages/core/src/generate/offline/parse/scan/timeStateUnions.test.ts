import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { ANY_DATE_LABEL, ANY_TIME_WORDS, ONGOING_WORDS, PAST_WORDS, UPCOMING_WORDS } from '../../lexicon/timeWords';
import { AS_OF, column, realFixture, type Fixture } from '../../testkit';

/**
 * Time states joined by "or" / "and" are their union ("coming up or past": every event), never the intersection of
 * opposite states (no event). Generated over the lexicon's state phrases, so a phrase added there is tested here.
 */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('time states listed together');

describe.runIf(hasRealData)('time states listed together (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());
  const events = (q: string): { names: Set<unknown>; said: string } => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return { names: new Set(column(asked, 'event')), said: asked.interpretation };
  };
  const oracle = (where: string): Set<unknown> =>
    f.oracle(`SELECT DISTINCT name FROM events ${where}`, ...(where ? [AS_OF] : []));

  it('upcoming joined with past, in either order and with either conjunction, is every event, said so', () => {
    const all = oracle('');
    for (const up of ['upcoming', 'coming up', 'future'])
      for (const past of PAST_WORDS.filter((p) => !p.startsWith('have ') && !p.startsWith('has ')).slice(0, 6))
        for (const conj of ['or', 'and']) {
          for (const q of [`events ${up} ${conj} ${past}`, `${past} ${conj} ${up} events`]) {
            const got = events(q);
            expect(got.names, q).toEqual(all);
            expect(got.said, q).toContain(ANY_DATE_LABEL);
          }
        }
  });

  it('running joined with upcoming is the events not over; with past the events started', () => {
    const notOver = oracle('WHERE COALESCE(end_date, start_date) >= ?');
    const started = oracle('WHERE start_date <= ?');
    expect(notOver.size).toBeGreaterThan(0);
    for (const on of ONGOING_WORDS.filter((x) => !x.includes(' ') || x === 'in progress')) {
      expect(events(`events ${on} or upcoming`).names, on).toEqual(notOver);
      expect(events(`events ${on} or past`).names, on).toEqual(started);
    }
    // a state said right before the first member restates it ("currently going on or upcoming"), never narrows
    expect(events('events currently going on or upcoming').names).toEqual(notOver);
  });

  it('"any time" and its kin lift the date condition, said in the description', () => {
    const all = oracle('');
    for (const any of ANY_TIME_WORDS) {
      const got = events(`events ${any}`);
      expect(got.names, any).toEqual(all);
      expect(got.said, any).toContain(ANY_DATE_LABEL);
    }
  });

  it('a single state still narrows (the union needs two states)', () => {
    const up = UPCOMING_WORDS[0] ?? 'upcoming';
    expect(events(`events ${up}`).names).toEqual(oracle('WHERE start_date >= ?'));
  });
});
