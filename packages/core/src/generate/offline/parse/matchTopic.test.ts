import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, valueIndexOf, type Fixture } from '../testkit';
import type { ValueIndex } from '../values/ValueIndex';
import { matchTopic } from './matchTopic';

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('themes on %s data', (_name, make) => {
  let f: Fixture | null = null;
  let index: ValueIndex | null = null;
  beforeAll(async () => {
    if (make) {
      f = await make();
      index = valueIndexOf(f);
    } else warnIfNoRealData('matchTopic');
  });
  afterAll(() => f?.close());

  // a word the data does not use reads like its WordNet synonym that it does use
  it.each([
    ['petroleum', 'oil', 'tags'],
    ['shipping', 'transportation', 'industries'],
    ['crude', 'oil', 'tags'],
  ] as const)('%s reads like %s (%s)', (word, synonym, side) => {
    if (!index) return;
    const literal = matchTopic([synonym], index)[side];
    expect(matchTopic([word], index)[side]).toEqual(expect.arrayContaining(literal));
  });

  it('industries joined by "and" / "or" are each of them, when every conjunct names one', ({ skip }) => {
    if (!f || !index) return skip();
    // two industry words of the data that never share an industry: "X and Y" is the industries of X and those of Y
    const words = [...new Set(index.industries.flatMap((i) => i.tokens))].filter((w) => /^[a-z]{5,}$/.test(w));
    let tried = 0;
    for (const [a, b] of words.flatMap((x, k) => words.slice(k + 1, k + 4).map((y) => [x, y] as const))) {
      const one = matchTopic([a], index).industries;
      const other = matchTopic([b], index).industries;
      if (one.length === 0 || other.length === 0 || matchTopic([a, b], index).industries.length > 0) continue;
      tried++;
      for (const joiner of ['and', 'or'])
        expect(matchTopic([a, joiner, b], index).industries.toSorted(), `${a} ${joiner} ${b}`).toEqual(
          [...new Set([...one, ...other])].toSorted(),
        );
      if (tried >= 20) break;
    }
    expect(tried).toBeGreaterThan(0);
    // an industry's whole name joined by "and" is that industry alone ("Airlines and Aviation")
    const joined = index.industries.find((i) => i.tokens.length === 3 && i.tokens[1] === 'and');
    if (joined) expect(matchTopic(joined.tokens, index).industries).toEqual([joined.name]);
    // a conjunct naming nothing leaves the whole as it was (asked about, never half read)
    expect(matchTopic([words[0] ?? '', 'and', 'zzzzqx'], index).industries).toEqual([]);
  });

  it('"or" binds looser than "and": each alternative is the theme it is alone, and the theme their union', ({
    skip,
  }) => {
    if (!index) return skip();
    // an industry whose name joins two words ("Food and Beverage"): "A and B" alone names fewer industries than
    // every A one and every B one; "X or A and B" is X's industries and A-and-B's, never all of A's
    // (the index keeps an industry's words without its "and")
    const joined = index.industries.find((i) => {
      const [a, b] = i.tokens;
      if (!index || i.tokens.length !== 2 || !/ and /i.test(i.name) || !a || !b) return false;
      const both = matchTopic([a, 'and', b], index).industries.length;
      return both > 0 && both < matchTopic([a], index).industries.length;
    });
    const other = index.industries.find(
      (i) =>
        i.tokens.length === 1 && !joined?.tokens.includes(i.tokens[0] ?? '') && /^[a-z]{5,}$/.test(i.tokens[0] ?? ''),
    );
    if (!joined || !other) return skip();
    const [a = '', b = ''] = joined.tokens;
    const pair = matchTopic([a, 'and', b], index).industries;
    const alone = matchTopic(other.tokens, index).industries;
    expect(matchTopic([...other.tokens, 'or', a, 'and', b], index).industries.toSorted()).toEqual(
      [...new Set([...alone, ...pair])].toSorted(),
    );
    // an alternative naming nothing leaves the whole phrase as it was read before (asked about, never half read)
    expect(matchTopic([...other.tokens, 'or', 'zzzzqx'], index)).toEqual(
      matchTopic([...other.tokens, 'and', 'zzzzqx'], index),
    );
  });

  it.each(['refining', 'quantum', 'zzzz'])(
    'no broader word stands in for a theme (%s finds no processing industry)',
    (word) => {
      if (!index) return;
      expect(matchTopic([word], index).industries.some((i) => /processing/i.test(i))).toBe(false);
    },
  );

  it('a word of an industry cut short next to a word spelt in full is that word; alone it is none', () => {
    if (!index) return;
    // an industry of two words or more in the data, its second word cut to three letters ("software dev")
    const industry = index.industries.find((i) => i.tokens.length >= 2 && (i.tokens[1] ?? '').length > 4);
    if (!industry) return;
    const [first = '', second = ''] = industry.tokens;
    expect(matchTopic([first, second.slice(0, 3)], index).industries).toEqual(
      matchTopic([first, second], index).industries,
    );
    expect(matchTopic([second.slice(0, 3)], index).industries).not.toContain(industry.name);
  });

  it('a synonym names an industry as the head of a part of its name, never as a word modifying another', () => {
    if (!index) return;
    // "lineup" is WordNet's "card" (a batting order): no card industry, whatever industry "card" modifies
    const cardHeads = index.industries.filter((ind) => /\bcards?\s*(?:$|[,&/(-])/i.test(ind.name));
    const modified = matchTopic(['card'], index).industries.filter((ind) => !cardHeads.some((c) => c.name === ind));
    for (const ind of modified) expect(matchTopic(['lineup'], index).industries).not.toContain(ind);
  });

  it.each([
    ['ad', 'advertising'],
    ['telecom', 'telecommunications'],
  ])('a short word is also the longer word WordNet gives for it: %s reaches the %s industries', (short, long) => {
    if (!index) return;
    const spelled = matchTopic([long], index).industries;
    expect(matchTopic([short], index).industries).toEqual(expect.arrayContaining(spelled));
  });

  it('the domain shorthand comes before WordNet: "tech" is technology, not a technical school', () => {
    if (!index) return;
    expect(matchTopic(['tech'], index).tags).toEqual(matchTopic(['technology'], index).tags);
  });

  // the theme is read whatever noun phrase carries it, and no marker word becomes a theme or a grouping
  it.each([
    ['space industry events', /tagged Space/],
    ['hospitality industry events', /tagged Hospitality/],
    ['hotel and hospitality industry events', /tagged Hospitality/],
    // a narrower keyword of the same tag adds the events saying it (narrowerKeywords.ts)
    ['construction / built environment industry events', /tagged Real Estate & Construction/],
    ['travel trade shows', /tagged Hospitality & Travel$/],
    ['art fairs', /tagged Art & Culture$/],
  ])('%s', (q, reading) => {
    if (!f) return;
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    if (asked.kind === 'sql') expect(asked.interpretation).toMatch(reading);
  });
});
