import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('groups with nothing counted');

/**
 * "number of sponsors per event, including events with none": every event, with its number (zero included); the
 * aside is never dropped nor read as a negation or a theme. Without it the grouping lists the events with sponsors.
 */
describe.runIf(hasRealData)('groups with nothing counted (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['number of sponsors per event including events with none'],
    ['how many sponsors does each event have, even those with zero'],
    ['number of sponsors per event, zeros included'],
  ])('%s lists every event with its number of sponsors', (q) => {
    const asked = f.ask(q);
    const events = f.oracle('SELECT COUNT(*) FROM events');
    expect(column(asked, 'event')).toHaveLength(Number([...events][0]));
    const zero = column(asked, 'n_sponsors').filter((n) => n === 0).length;
    const without = f.oracle(
      "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM participations p WHERE p.event_id = e.id AND p.relation = 'sponsor')",
    );
    expect(zero).toBe(Number([...without][0]));
  });

  it('without the aside, only the events with sponsors are counted', () => {
    const counts = column(f.ask('number of sponsors per event'), 'count');
    expect(counts.every((n) => Number(n) > 0)).toBe(true);
  });
});
