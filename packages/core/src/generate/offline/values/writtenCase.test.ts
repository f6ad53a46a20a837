import { describe, expect, it } from 'vitest';
import { countWrittenCase, writtenAsName, type WrittenCase } from './writtenCase';

describe('how running text writes a word', () => {
  const counts = (...texts: string[]): Map<string, WrittenCase> => {
    const m = new Map<string, WrittenCase>();
    for (const t of texts) countWrittenCase(t, m);
    return m;
  };

  it('a word capitalised inside sentences is a name; one in lower case is ordinary', () => {
    const c = counts(
      'We partner with Google and Siemens on carbon capture.',
      'Speakers from Google, Bloomberg and a carbon market.',
      'A seamless experience for buyers, built on Siemens hardware.',
    );
    expect(writtenAsName(c, 'google')).toBe(true);
    expect(writtenAsName(c, 'siemens')).toBe(true);
    expect(writtenAsName(c, 'bloomberg')).toBe(true);
    expect(writtenAsName(c, 'carbon')).toBe(false);
    expect(writtenAsName(c, 'seamless')).toBe(false);
    // never seen: nothing says it is a name
    expect(writtenAsName(c, 'tiktok')).toBe(false);
  });

  it('a capital after a sentence end, a colon, a bullet or a line break says nothing', () => {
    const c = counts('Carbon markets grow. Carbon: the topic.\n• Carbon credits\nCarbon again, carbon here');
    expect(c.get('carbon')).toEqual({ capitalised: 0, lower: 1 });
  });

  it('a word glued to the one before ("e-Commerce", "S&P") is not counted', () => {
    const c = counts('an e-Commerce leader and S&P Global data');
    expect(c.get('commerce')).toBeUndefined();
    expect(c.get('p')).toBeUndefined();
    expect(c.get('global')).toEqual({ capitalised: 1, lower: 0 });
  });
});
