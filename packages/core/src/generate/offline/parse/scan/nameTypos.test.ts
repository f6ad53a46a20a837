import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { scanMentions } from '../scanMentions';

describe('names typed with a typo (demo data)', () => {
  const demo = demoScanner();

  it.each([
    ['companies in inia', 'India'], // a letter of a five-letter name left out
    ['companies in jaan', 'Japan'],
    ['companies in singapor', 'Singapore'],
  ])('%s -> %s', (question, country) => {
    const scan = scanMentions(question, demo.index(), '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'country' && m.names.includes(country))).toBe(true);
  });

  it('a four-letter word is not respelt by a substitution ("inda" is no country)', () => {
    const scan = scanMentions('companies in inxa', demo.index(), '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'country')).toBe(false);
  });
});
