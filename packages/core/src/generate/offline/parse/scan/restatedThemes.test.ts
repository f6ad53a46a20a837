import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, scannedFixture } from '../../testkit';

/**
 * Theme words restating the question's theme in other words (real data: the Cyber Security theme): no second
 * condition and nothing to ask about; a theme word naming another theme is still asked about.
 */
describe.skipIf(!hasRealData)('theme words restating the question theme (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'restatedThemes');

  it.each([
    'what security events are coming up? cyber/infosec',
    'so my territory is basically cyber/infosec - what security events are coming up',
    // an indefinite thing-word heading the restated words is what they describe
    'what security events are coming up? anything infosec really',
    'what security events are coming up? honestly something cyber',
  ])('"%s" is the security events coming up', (q) => {
    const f = scanned.f;
    if (!f) return;
    const same = 'what security events are coming up';
    expect(firstColumnNames(f.ask(q), q)).toEqual(firstColumnNames(f.ask(same), same));
  });

  it('a word of another theme is no restatement', () => {
    expect(scanned.f?.ask('what security events are coming up? aviation').kind).not.toBe('sql');
    expect(scanned.f?.ask('what security events are coming up? anything aviation').kind).not.toBe('sql');
  });
});
