import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture } from '../../testkit';
import { scanMentions } from '../scanMentions';

/**
 * A name of several words typed with its last word cut short (real data: its venues and events): the name when one
 * goes on so, asked about when several do, nothing when the clipped word is a word of its own.
 */
describe.skipIf(!hasRealData)('names typed with their last word clipped (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'clippedNames');

  const read = (q: string): { names: string[]; ignored: string[] } => {
    const { index } = scanned;
    if (!index) throw new Error('no index');
    const { mentions, ignored } = scanMentions(q, index, '2024-07-15');
    return {
      names: mentions.flatMap((m) =>
        m.t === 'venue' ? [m.hit.label] : m.t === 'event' || m.t === 'company' ? m.hit.names : [],
      ),
      ignored,
    };
  };

  it.each([
    ['events at singapore exp between now and end of sept', 'Singapore EXPO'],
    ['events at marina bay sands exp', 'Marina Bay Sands'],
    ['sponsors at cloud expo asia sing', 'Cloud Expo Asia Singapore 2024'],
  ])('%s reads %s', (q, name) => {
    const { names, ignored } = read(q);
    expect(names).toContain(name);
    expect(ignored).toEqual([]);
  });

  it('answers the events of the venue read so', () => {
    const f = scanned.f;
    if (!f) throw new Error('no fixture');
    const clipped = f.ask('events at singapore exp between now and end of sept');
    const full = f.ask('events at singapore expo between now and end of sept');
    expect(clipped.kind === 'sql' && clipped.interpretation).toBe(full.kind === 'sql' && full.interpretation);
  });

  it('a clipped word that is a word of its own is no name ("singapore events")', () => {
    expect(read('events in singapore events').names).toEqual([]);
  });
});
