import { describe, expect, it } from 'vitest';
import { demoScanner } from '../../testkit';
import { LEXICON_PHRASES } from '../lexiconTable';

/**
 * A theme word that no industry has but some events' text does ("the dmwf sponsors") describes the companies'
 * events, never an industry filter that can match no company (an empty answer given with confidence).
 */
describe('a theme of events only, before a companies noun (demo data)', () => {
  const demo = demoScanner();

  it('is a condition on the events the companies take part in', () => {
    const index = demo.index();
    const industryWords = new Set(index.industries.flatMap((i) => i.tokens));
    // words of a few events only, that are no industry's, no lexicon word, and no name on their own
    const candidates = [...index.eventWords]
      .filter(([word, count]) => count <= 3 && /^[a-z]{4,}$/.test(word) && !industryWords.has(word))
      .map(([word]) => word)
      .filter((word) => !LEXICON_PHRASES.has(word) && !index.commonWords.has(word))
      .slice(0, 12);
    expect(candidates.length).toBeGreaterThan(0);
    const understood = candidates.map((word) => {
      const asked = demo.fixture().ask(`the ${word} sponsors`);
      return { word, text: asked.kind === 'sql' ? asked.interpretation : asked.kind };
    });
    for (const { word, text } of understood) expect(text).not.toContain(`"${word}" industry`);
    expect(understood.some(({ word, text }) => text.includes(`events mentioning "${word}"`))).toBe(true);
  });
});
