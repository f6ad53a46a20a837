import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstColumnNames, realFixture, type Fixture } from '../../testkit';

/**
 * An organiser named by the site its events' pages are on (real data: Terrapinn lists five events on
 * www.terrapinn.com; no column names an organiser): events whose web address is on that site, whatever the verb.
 */
describe.skipIf(!hasRealData)('organisers named by the site hosting their events (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const terrapinn = (): string[] =>
    [...f.oracle(`SELECT DISTINCT name FROM events WHERE url LIKE '%://www.terrapinn.com/%' ORDER BY name`)].map(
      String,
    );

  it.each([
    'Which events are organised by Terrapinn?',
    'events run by terrapinn',
    'shows put on by Terrapinn',
    'what does terrapinn host',
    'terrapinn events',
  ])('%s: the events on terrapinn.com, no organizer relation beside it', (q) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toContain('whose web address is on terrapinn.com');
    expect(asked.interpretation).not.toContain('organizer');
    expect(new Set(firstColumnNames(asked))).toEqual(new Set(terrapinn()));
  });

  it('a count, a window and a negation keep the site condition', () => {
    const counted = f.ask('how many events does terrapinn organise in 2025');
    expect(counted.kind === 'sql' ? counted.rows[0]?.[0] : counted.kind).toBe(2);
    const others = f.ask('events not organised by terrapinn');
    expect(others.kind === 'sql' ? others.interpretation : others.kind).toContain(
      'whose web address is not on terrapinn.com',
    );
    expect(firstColumnNames(others)).not.toContain('Seamless Asia 2025');
  });

  it('the participants of its events are reached through them', () => {
    const asked = f.ask('sponsors at terrapinn events');
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(
      /sponsors of events whose web address is on terrapinn\.com/,
    );
  });

  it('a venue’s site and an English word are no organiser', () => {
    // singaporeexpo.com.sg lists the shows at Singapore EXPO; "space" (space.org.sg) is a word of its own
    for (const q of ['events organised by singaporeexpo', 'space events']) {
      const asked = f.ask(q);
      expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).not.toContain('web address');
    }
  });
});
