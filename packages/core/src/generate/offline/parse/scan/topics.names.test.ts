import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, valueIndexOf, type Fixture } from '../../testkit';
import type { ValueIndex } from '../../values/ValueIndex';
import { matchTopic } from '../matchTopic';
import { scanMentions } from '../scanMentions';
import { matchLooseName } from './looseNames';
import { isEnglishWord } from './vocabularySpelling';

/**
 * "gstc sponsors", "ahice sponsors": an event's acronym before a relation noun is the event, not a free-text theme
 * (the words of one event's own text). Over the real data's events, each by the initials of its name's words or
 * the acronym its name states in capitals; the questions are written for this test.
 */
const PLACE_KINDS: ReadonlySet<string> = new Set(['country', 'city', 'state', 'region', 'venue']);

describe('an acronym of an event before a relation noun (real data)', () => {
  let f: Fixture | null = null;
  let index: ValueIndex | null = null;
  beforeAll(async () => {
    if (hasRealData) {
      f = await realFixture();
      index = valueIndexOf(f);
    } else warnIfNoRealData('topics.names');
  });
  afterAll(() => f?.close());

  /** Events with sponsors, each with the acronyms a user may type for it (lower case, no English word, no theme). */
  const acronymsOf = (fx: Fixture, idx: ValueIndex): { name: string; acronym: string }[] => {
    const names = [
      ...fx.oracle(
        `SELECT DISTINCT e.name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = 'sponsor'`,
      ),
    ].map(String);
    return names.flatMap((name) => {
      // a word in capitals inside a name not all in capitals
      const stated = name === name.toUpperCase() ? [] : (name.match(/[A-Z]{3,}/g) ?? []);
      const words = name
        .replace(/\([^)]*\)/g, ' ')
        .split(/[^A-Za-z]+/)
        .filter((x) => x.length > 0 && !/^(and|of|the|for|on|in)$/i.test(x));
      const initials = words.length >= 3 ? [words.map((x) => x[0]).join('')] : [];
      return [...stated, ...initials]
        .map((x) => x.toLowerCase())
        .filter((x) => x.length >= 3 && !isEnglishWord(x) && !matchTopic([x], idx).any)
        .map((acronym) => ({ name, acronym }));
    });
  };

  it('"<acronym> sponsors" reads the event by name, never its words as a theme', ({ skip }) => {
    if (!f || !index) return skip();
    let tried = 0;
    for (const { name, acronym } of acronymsOf(f, index)) {
      // the name the acronym stands for by itself ("afa" is AFA Creators Super Fest, which states it, not Aviation
      // Festival Asia): an acronym several names share is asked about, and has no one name to check
      const alone = matchLooseName([acronym], index);
      const [only] = alone;
      if (alone.length !== 1 || only?.t !== 'event' || !only.hit.names.includes(name)) continue;
      const { mentions } = scanMentions(`${acronym} sponsors`, index, '2024-07-15');
      // a region's short form inside a name ("APAC") is a place first
      if (mentions.some((m) => PLACE_KINDS.has(m.t))) continue;
      tried++;
      const events = mentions.flatMap((m) => (m.t === 'event' ? m.hit.names : []));
      expect(
        mentions.some((m) => m.t === 'topic'),
        acronym,
      ).toBe(false);
      expect(events, `${acronym} for ${name}`).toEqual([name]);
    }
    expect(tried).toBeGreaterThan(0);
  });

  it('a theme word before a relation noun stays a theme', ({ skip }) => {
    if (!index) return skip();
    const { mentions } = scanMentions('blockchain sponsors', index, '2024-07-15');
    expect(mentions.some((m) => m.t === 'topic')).toBe(true);
    expect(mentions.some((m) => m.t === 'event')).toBe(false);
  });
});
