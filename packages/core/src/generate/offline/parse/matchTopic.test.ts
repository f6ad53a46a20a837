import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, type Fixture } from '../testkit';
import { buildValueIndex, type ValueIndex } from '../values/ValueIndex';
import { LEXICON_PHRASES } from './lexiconTable';
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
      index = buildValueIndex(f.db, LEXICON_PHRASES);
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

  it.each(['refining', 'quantum', 'zzzz'])(
    'no broader word stands in for a theme (%s finds no processing industry)',
    (word) => {
      if (!index) return;
      expect(matchTopic([word], index).industries.some((i) => /processing/i.test(i))).toBe(false);
    },
  );
});
