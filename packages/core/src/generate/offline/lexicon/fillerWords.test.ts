import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, sql, type Fixture } from '../testkit';
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

/** Chat initialisms about the message ("btw", "tbh", "lmk", "iirc") name nothing: the question is asked without them. */
describe('chat initialisms (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['btw which companies sponsor events? lmk', 'which companies sponsor events?'],
    ['sales people in singapore tbh', 'sales people in singapore'],
    ['events in 2025 iirc', 'events in 2025'],
  ])('"%s" asks what "%s" asks', (q, plain) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    expect(sql(asked)).toBe(sql(f.ask(plain)));
  });
});
