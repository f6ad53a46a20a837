import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../../testkit';
import { buildValueIndex, type ValueIndex } from '../../values/ValueIndex';
import { LEXICON_PHRASES } from '../lexiconTable';
import { scanMentions } from '../scanMentions';

describe('names typed with a typo (demo data)', () => {
  let f: Fixture | null = null;
  let index: ValueIndex | null = null;
  beforeAll(async () => {
    f = await demoFixture();
    index = buildValueIndex(f.db, LEXICON_PHRASES);
  });
  afterAll(() => f?.close());

  it.each([
    ['companies in inia', 'India'], // a letter of a five-letter name left out
    ['companies in jaan', 'Japan'],
    ['companies in singapor', 'Singapore'],
  ])('%s -> %s', (question, country) => {
    const scan = scanMentions(question, index as ValueIndex, '2024-07-15');
    expect(scan.ignored).toEqual([]);
    expect(scan.mentions.some((m) => m.t === 'country' && m.names.includes(country))).toBe(true);
  });

  it('a four-letter word is not respelt by a substitution ("inda" is no country)', () => {
    const scan = scanMentions('companies in inxa', index as ValueIndex, '2024-07-15');
    expect(scan.mentions.some((m) => m.t === 'country')).toBe(false);
  });
});
