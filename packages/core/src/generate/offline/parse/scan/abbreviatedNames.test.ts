import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, valueIndexOf, type Fixture } from '../../testkit';
import { expandShorthand } from '../../text/expandShorthand';
import type { ValueIndex } from '../../values/ValueIndex';
import { scanMentions } from '../scanMentions';
import { shorthandOptions } from '../shorthandOptions';

/**
 * Names of events and companies typed with general abbreviations, joining words and themes inside them, over
 * the real data (the names asked about are the data's own; the questions are written for this test).
 */
describe('abbreviated names on real data', () => {
  let f: Fixture | null = null;
  let index: ValueIndex | null = null;
  beforeAll(async () => {
    if (hasRealData) {
      f = await realFixture();
      index = valueIndexOf(f);
    } else warnIfNoRealData('abbreviatedNames');
  });
  afterAll(() => f?.close());

  /** The names read in a question as the generator reads it (shorthand expanded first), and what else was read. */
  const read = (question: string, idx: ValueIndex): { names: string[]; kinds: string[] } => {
    const text = expandShorthand(question, shorthandOptions(idx)).text;
    const { mentions } = scanMentions(text, idx, '2024-07-15');
    return {
      names: mentions.flatMap((m) => (m.t === 'event' || m.t === 'company' ? m.hit.names : [])),
      kinds: mentions.map((m) => m.t),
    };
  };

  it.each([
    ['when is the arch & building svcs show', 'Architecture & Building Services (ABS) 2024'],
    [
      'where does the intl conf on multimedia & expo take place',
      '2024 IEEE International Conference on Multimedia and Expo',
    ],
    [
      'list companies at the intl conf and exhibition on pharmaceutics',
      'International Conference and Exhibition on Pharmaceutics and Drug Delivery Systems',
    ],
    ['what does the american petroleum inst do', 'API - American Petroleum Institute'],
    ['how many people at the national assoc for music ed', 'National Association for Music Education (NAfME)'],
    ['when is the middle east insurance awards', '11th Middle East Insurance Industry Awards 2024'],
    ['who sponsors the accounting and biz show', 'Accounting & Business Show Asia 2024'],
    ['which commodity trading wk exhibitors are from the uk', 'Commodity Trading Week APAC'],
  ])('%s -> %s, with no word of it read as anything else', (question, name) => {
    // it.each passes no test context: without the real data there is nothing to check
    if (!index) return;
    const { names, kinds } = read(question, index);
    expect(names).toEqual([name]);
    // the words of the name are not also read as a theme, an industry, a place or a joining word
    expect(kinds.filter((k) => k === 'topic' || k === 'sector' || k === 'and')).toEqual([]);
  });

  it('an event\'s "assoc companies" are its associates, and the same abbreviation inside a name is the name\'s word', ({
    skip,
  }) => {
    if (!f || !index) return skip();
    const [event] = [
      ...f.oracle(
        `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = 'associate'
         GROUP BY e.id ORDER BY COUNT(*) DESC, e.name LIMIT 1`,
      ),
    ];
    if (typeof event !== 'string') return skip();
    const asked = f.ask(`${event} assoc companies`);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/associates/);
    // the name matcher reads the vocabulary's long form as the name's ("national associates ..." for "Association")
    const { names } = read('how many people at the national assoc for music ed', index);
    expect(names).toEqual(['National Association for Music Education (NAfME)']);
  });

  it('a theme that is only part of a name stays a theme', ({ skip }) => {
    if (!index) return skip();
    expect(read('cyber security events in 2025', index).names).toEqual([]);
    expect(read('blockchain events next year', index).names).toEqual([]);
  });

  it('initials two names share are asked about, not picked', ({ skip }) => {
    if (!index) return skip();
    const { mentions } = scanMentions('which events does the bca attend', index, '2024-07-15');
    expect(mentions.some((m) => m.t === 'unclear')).toBe(true);
  });
});
