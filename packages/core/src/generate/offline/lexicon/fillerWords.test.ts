import { describe, expect, it } from 'vitest';
import { LEXICON } from '../parse/lexiconTable';
import { EXCLUSION_MARKERS } from './exclusionWords';
import { FILLER_WORDS } from './fillerWords';

/**
 * The filler audit: a filler word is dropped wherever no reader takes it, so a word with meaning in the filler list is
 * a constraint silently dropped ("sponsors besides Marriott" answered with Marriott alone; "events already done" with
 * every event). Negation and exclusion words are never filler; a state word that is filler elsewhere ("over", "now")
 * has a reader for its state (`parse/scanTime.ts`), tested by injection in `parse/eventStates.test.ts`.
 */
describe('filler words carry no meaning', () => {
  it('holds no negation or exclusion word', () => {
    const negations = [...FILLER_WORDS].filter(
      (x) => LEXICON.get(x)?.some((r) => r.t === 'neg') === true || EXCLUSION_MARKERS.has(x),
    );
    expect(negations).toEqual([]);
  });

  it('reads the single-word exclusion markers as negations (never left to the filler list)', () => {
    for (const x of [...EXCLUSION_MARKERS].filter((p) => !p.includes(' ')))
      expect(
        LEXICON.get(x)?.some((r) => r.t === 'neg'),
        x,
      ).toBe(true);
  });
});
