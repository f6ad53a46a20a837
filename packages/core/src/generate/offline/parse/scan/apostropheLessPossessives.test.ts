import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture } from '../../testkit';
import { scanMentions } from '../scanMentions';

/**
 * A name's possessive typed without its apostrophe reads as the name, as "google's" does (real data: its companies
 * and people); a word that is a word of its own, or a name with nothing after it, is not read so.
 */
describe.skipIf(!hasRealData)('possessives typed without the apostrophe (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'apostropheLessPossessives');

  const interpretation = (q: string): string => {
    const f = scanned.f;
    if (!f) throw new Error('no fixture');
    const a = f.ask(q);
    return a.kind === 'sql' ? a.interpretation : `${a.kind}`;
  };

  it.each([
    ['googles sales people', "google's sales people"],
    ['paypals vps pls', "paypal's vps pls"],
    ['whats audrey seows email', "whats audrey seow's email"],
    ['who are amadeuss engineers', "who are amadeus's engineers"],
    ['ciscos marketing team in india', "cisco's marketing team in india"],
  ])('%s is read as %s', (typed, written) => {
    expect(interpretation(typed)).toBe(interpretation(written));
    expect(interpretation(typed)).not.toMatch(/^(clarify|refusal)$/);
  });

  it('leaves words of their own and plural nouns alone', () => {
    const { index } = scanned;
    if (!index) throw new Error('no index');
    for (const q of ['sales people at google', 'events with sponsors in singapore', 'list the googles']) {
      const { tokens } = scanMentions(q, index, '2024-07-15');
      expect(tokens.map((t) => t.norm)).toEqual(q.split(' '));
    }
  });
});
