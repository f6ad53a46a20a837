import { describe, expect, it } from 'vitest';
import { buildValueIndexFromRows } from '../../values/ValueIndex';
import { companyValueRows } from '../../testkit';
import { LEXICON_PHRASES } from '../lexiconTable';
import { scanMentions } from '../scanMentions';

const index = buildValueIndexFromRows(
  companyValueRows([{ name: 'Brindlecorp', domain: 'brindlecorp.com' }]),
  LEXICON_PHRASES,
);

function levels(q: string): { values: string[]; orFunctions: string[] | undefined; noun: boolean }[] {
  return scanMentions(q, index, '2024-07-15').mentions.flatMap((m) =>
    m.t === 'seniority' ? [{ values: [...m.values].sort(), orFunctions: m.orFunctions, noun: m.noun }] : [],
  );
}

describe('levels said exactly right after a vaguer people noun', () => {
  it("replace the noun's union of levels and function", () => {
    expect(levels('brindlecorp executives, director level and up')).toEqual([
      { values: ['c_level', 'director', 'vp'], orFunctions: undefined, noun: true },
    ]);
  });

  it('joined by "and" stay a union with the noun', () => {
    const found = levels('brindlecorp executives and directors');
    expect(found.some((m) => m.orFunctions?.includes('executive'))).toBe(true);
  });
});
