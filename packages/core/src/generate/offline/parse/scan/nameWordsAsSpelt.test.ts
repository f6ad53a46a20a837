import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, valueIndexOf, type Fixture } from '../../testkit';
import { rejoinCompounds } from '../../text/compounds';
import { normKey } from '../../text/tokenize';
import { compoundVocabulary } from '../scanMentions';

/**
 * Two words typed as one are split where one split gives two known words ("nextmonth"); a word of an event's or
 * a company's own name is never such a slip, however it splits (a fused brand word inside a longer name was split
 * into two words and the name was then not found). Checked over every name of the real data.
 */
describe('words of the data names are read as spelt (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (hasRealData) f = await realFixture();
    else warnIfNoRealData('nameWordsAsSpelt');
  });
  afterAll(() => f?.close());

  it('splits no word of any event or company name', () => {
    if (!f) return;
    const index = valueIndexOf(f);
    const vocabulary = compoundVocabulary(index);
    const words = new Set(index.named.flatMap((n) => normKey(n.name).split(' ')).filter((w) => /^[a-z]+$/.test(w)));
    const split = [...words].filter((w) => rejoinCompounds(w, vocabulary) !== w);
    expect(split).toEqual([]);
  });
});
