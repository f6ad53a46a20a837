import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { readIndustryNames } from './industryNames';
import { createScanState } from './ScanState';

/** Only the industries are read: a value index holding them alone (the list grows in one test). */
const industries = [
  { name: 'Defense & Space Manufacturing', tokens: ['defense', 'space', 'manufacturing'] },
  { name: 'Computer and Network Security', tokens: ['computer', 'network', 'security'] },
];
const index = { industries } as unknown as ValueIndex;

const topics = (question: string): string[] => {
  const s = createScanState(tokenize(question), index, '2024-07-15');
  readIndustryNames(s);
  return s.mentions.flatMap((m) => (m.t === 'topic' ? [m.words.join(' ')] : []));
};

describe('industries typed by their name or leading words', () => {
  it.each([
    ['defense and space manufacturing companies', ['defense and space manufacturing']],
    ['computer and network security firms', ['computer and network security']],
    // the leading words of a name, never a run ending on "and", nor words that only occur inside it
    ['computer and network vendors', ['computer and network']],
    ['computer and vendors', []],
    ['space manufacturing companies', []],
  ])('%s', (question, expected) => {
    expect(topics(question)).toEqual(expected);
  });

  it('reads an industry added to the index after it was first asked about', () => {
    expect(topics('marine biology labs')).toEqual([]);
    industries.push({ name: 'Marine Biology Research', tokens: ['marine', 'biology', 'research'] });
    expect(topics('marine biology labs')).toEqual(['marine biology']);
  });
});
