import { hasRealData } from '@musaeid/testkit';
import { describe, expect, it } from 'vitest';
import { realFixture, scannedFixture } from '../testkit';
import { findCandidates } from './findCandidates';

/**
 * A closed-class word ("each", "some", "with") is never offered as a slip of a value of the data ("each" was offered
 * as "dach", the region holding Austria; "some" as the company Soma); a content word still is ("australa").
 */
describe.skipIf(!hasRealData)('candidates for an unmapped part (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'findCandidates');

  it.each(['each', 'some', 'with', 'their'])('"%s" is offered no value of the data', (word) => {
    const { index } = scanned;
    if (!index) return;
    expect(findCandidates([word], index).filter((c) => !c.label.startsWith('"'))).toEqual([]);
  });

  it.each(['stuff', 'things'])('the vague noun "%s" is offered no vocabulary word one letter away', (word) => {
    const { index } = scanned;
    if (!index) return;
    expect(findCandidates([word], index)).toEqual([]);
  });

  it('a slip of a country is offered the country', () => {
    const { index } = scanned;
    if (!index) return;
    expect(findCandidates(['australa'], index).map((c) => c.label)).toContain('the country Australia');
  });
});
