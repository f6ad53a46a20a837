import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, scannedFixture } from '../../testkit';

/**
 * A name typed from memory (real data: OSEA 2024, "Integrating Offshore Energy Transition ...", in November at Marina
 * Bay Sands, and AHICE): a hedge after it ("or something") and words of the event's own text describing it ("that
 * offshore energy show") restate the name; they were asked about.
 */
describe.skipIf(!hasRealData)('a name typed from memory (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'hedgedNames');

  it.each([
    ["who's going to that offshore energy show in nov at MBS, osea or something", 'companies at osea'],
    ["sponsors of ahice or whatever it's called", 'sponsors of ahice'],
    ['who is going to ahice or something like that', 'companies at ahice'],
    // a general noun heading the name typed loosely
    ['who is going to the osea thing', 'companies at osea'],
  ])('"%s" answers "%s"', (q, same) => {
    const f = scanned.f;
    if (!f) return;
    expect(firstColumnNames(f.ask(q), q)).toEqual(firstColumnNames(f.ask(same), same));
  });

  it('words the named event does not say are still asked about', () => {
    expect(scanned.f?.ask('who is going to that quantum bakery show, osea').kind).toBe('clarify');
  });

  it('a thing counted or asked OF the event is no word describing it, however its text uses the word', () => {
    // AHICE's description speaks of its delegates: the data holds no delegate to count (was: the number of events)
    expect(scanned.f?.ask('number of delegates at ahice').kind).toBe('clarify');
  });
});
