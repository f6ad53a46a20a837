import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoScanner, realFixture, sql, valueIndexOf, type Fixture } from '../../testkit';
import type { ValueIndex } from '../../values/ValueIndex';
import { LEXICON_PHRASES } from '../lexiconTable';
import { industriesInOwnWords, matchTopic } from '../matchTopic';
import type { Mention } from '../Mention';
import { scanMentions } from '../scanMentions';

describe('leftover words: emphasis is not content, other unread words are asked about', () => {
  const { fixture } = demoScanner();

  it.each([
    ['events that actually have sponsors', 'events that have sponsors'],
    ['which companies truly sponsor events in 2025', 'which companies sponsor events in 2025'],
    ['people who genuinely work in sales', 'people who work in sales'],
  ])('%s: the same request as "%s"', (stressed, plain) => {
    expect(sql(fixture().ask(stressed))).toBe(sql(fixture().ask(plain)));
  });

  it('a verb of taking into account before a date is the date\'s ("counting from today")', () => {
    expect(sql(fixture().ask('events in the second half of 2024, counting from today'))).toBe(
      sql(fixture().ask('events in the second half of 2024 from today')),
    );
    // elsewhere the verb is still a word to ask about
    expect(fixture().ask('events counting sponsors').kind).not.toBe('sql');
  });

  it('an unread adverb with a meaning of its own is asked about, never dropped', () => {
    expect(fixture().ask('events that quarterly have sponsors').kind).not.toBe('sql');
  });
});

describe.skipIf(!hasRealData)(
  "a plural left over is companies of an industry only by the industry's own word (real data)",
  () => {
    let f: Fixture | null = null;
    let index: ValueIndex | null = null;
    beforeAll(async () => {
      if (!hasRealData) return warnIfNoRealData('leftoverWords');
      f = await realFixture();
      index = valueIndexOf(f);
    });
    afterAll(() => f?.close());

    /** The theme read at the word, if any. */
    const themeAt = (q: string, word: string): Mention | undefined => {
      if (!index) return undefined;
      const scan = scanMentions(q, index, '2024-07-15');
      const k = scan.tokens.findIndex((t) => t.norm === word);
      return scan.mentions.find((m) => m.t === 'topic' && m.start <= k && m.end > k);
    };

    it('a generic noun inside a long industry name names no industry ("hotel groups")', () => {
      if (!index) return;
      // "Wellness Regulations For Group Health Plans" holds "group" in its middle
      expect(industriesInOwnWords('groups', index).length).toBeGreaterThan(0);
      expect(themeAt('hotel groups sponsoring ahice', 'groups')).toBeUndefined();
      // ... while a plural heading an industry's name is still its companies
      expect(themeAt('banks sponsoring ahice', 'banks')).toBeDefined();
    });

    it('"levels" reaches the culinary "Degrees" industries only through a WordNet sense: no set of companies', () => {
      if (!index) return;
      expect(matchTopic(['levels'], index).industries.length).toBeGreaterThan(0);
      expect(industriesInOwnWords('levels', index)).toEqual([]);
      expect(themeAt('how many levels at marriott', 'levels')).toBeUndefined();
    });

    it('the plural of a word of an industry name still names its companies', () => {
      if (!index) return;
      // plurals of the industries' own words, from the data (each word of 5+ letters, typed with an "s")
      const words = [...new Set(index.industries.flatMap((i) => i.tokens))]
        .filter((x) => /^[a-z]{5,}$/.test(x) && !x.endsWith('s') && !LEXICON_PHRASES.has(x))
        .slice(0, 30);
      expect(words.length).toBeGreaterThan(10);
      for (const x of words) expect(industriesInOwnWords(`${x}s`, index).length, x).toBeGreaterThan(0);
    });
  },
);
