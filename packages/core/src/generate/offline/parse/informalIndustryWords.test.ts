import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { TOPIC_SYNONYMS } from '../lexicon/topicSynonyms';
import { realFixture, scannedFixture } from '../testkit';
import { sameStem } from '../text/tokenize';
import { matchTopic } from './matchTopic';

/**
 * An industry phrase holding an informal word ("cyber security") reaches the industries that spell it in the data's
 * other words ("Computer and Network Security") as well as its literal label, and never an industry of the head word
 * alone. Over the real data's industry names and the informal words' synonyms (pairs found, not listed here).
 */
describe('an informal word in an industry phrase reaches its synonyms too (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'informalIndustryWords');

  /** Each informal word with the head word of an industry named "<informal> <head>" in the data. */
  const pairs = (industries: readonly { name: string; tokens: string[] }[]): [string, string][] =>
    Object.keys(TOPIC_SYNONYMS).flatMap((informal) =>
      industries
        .filter((i) => i.tokens.length === 2 && i.tokens[0] === informal)
        .map((i): [string, string] => [informal, i.tokens[1] ?? '']),
    );

  it('"<informal> <head>" (and written as one word) reaches "<synonym> ... <head>" industries, not every <head>', ({
    skip,
  }) => {
    const { index } = scanned;
    if (!index) return skip();
    let checked = 0;
    for (const [informal, head] of pairs(index.industries)) {
      const synonyms = TOPIC_SYNONYMS[informal] ?? [];
      const spelt = index.industries.filter(
        (i) =>
          i.tokens.some((t) => sameStem(t, head)) &&
          synonyms.some((s) => s.split(' ').every((x) => i.tokens.some((t) => sameStem(t, x)))),
      );
      const bare = index.industries.filter((i) => i.tokens.length === 1 && i.tokens[0] === head);
      if (spelt.length === 0) continue;
      checked++;
      for (const typed of [[informal, head], [`${informal}${head}`]]) {
        const reached = matchTopic(typed, index).industries;
        for (const i of spelt) expect(reached, typed.join(' ')).toContain(i.name);
        for (const i of bare) expect(reached, typed.join(' ')).not.toContain(i.name);
      }
    }
    if (checked === 0) skip();
  });
});
