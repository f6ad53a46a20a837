import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, scannedFixture } from '../../testkit';

/**
 * "(or) other <noun>" after a list of venues (real data: Suntec, the Pan Pacific and the Sheraton): the data holds no
 * kind of venue, so it is asked about, never read as the companies' industry ("hotels") or another condition.
 */
describe.skipIf(!hasRealData)('other venues of a kind after a list of venues (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'otherVenues');

  it.each([
    [
      'any events at the pan pacific or sheraton or other hotels?',
      'only Pan Pacific Singapore or Sheraton Towers Singapore',
    ],
    ['events at suntec or other convention centres', 'only Suntec'],
  ])('"%s" is asked about, offering %s', (q, only) => {
    const asked = scanned.f?.ask(q);
    expect(asked?.kind).toBe('clarify');
    if (asked?.kind === 'clarify') expect(asked.clarification.options.map((o) => o.label)).toContain(only);
  });

  it('the named venues chosen answer with their events', () => {
    const f = scanned.f;
    if (!f) return;
    const chosen = f.ask('events at suntec or other convention centres', 'only Suntec');
    expect(firstColumnNames(chosen)).toEqual(firstColumnNames(f.ask('events at suntec')));
  });
});
