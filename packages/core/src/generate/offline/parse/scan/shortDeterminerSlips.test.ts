import { describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, scannedFixture, type Asked } from '../../testkit';

/** The options a clarification offered, by label (throws when the question was answered or refused). */
function optionLabels(asked: Asked | undefined): string[] {
  if (asked?.kind !== 'clarify') throw new Error(`not asked back: ${asked?.kind ?? 'nothing'}`);
  return asked.clarification.options.map((o) => o.label);
}

/**
 * A two-letter word before a plural noun that a determiner typed with a slip fits (real data: its states and events):
 * the determiner is offered with the places the letters are the code of, never picked; in capitals, or after a word
 * of place, the letters are the code.
 */
describe.skipIf(!hasRealData)('a two-letter slip of a determiner before a plural noun (real data)', () => {
  const scanned = scannedFixture(hasRealData ? realFixture : null, 'shortDeterminerSlips');

  it.each([
    ['al speakers at ahice', '"all"', 'the state Alabama'],
    ['al the speakers at ahice', '"all"', 'the state Alabama'],
    ['ny sponsors in 2025', '"any"', 'the state New York'],
  ])('"%s" offers %s and %s', (q, slip, place) => {
    const labels = optionLabels(scanned.f?.ask(q));
    expect(labels).toContain(slip);
    expect(labels).toContain(place);
  });

  it('the determiner chosen answers the question it makes', () => {
    const f = scanned.f;
    if (!f) return;
    const chosen = f.ask('al speakers at ahice', '"all"');
    const typed = f.ask('all speakers at ahice');
    expect(chosen.kind).toBe('sql');
    if (chosen.kind === 'sql' && typed.kind === 'sql') expect(chosen.sql).toBe(typed.sql);
  });

  it('in capitals, or after a word of place, the letters are the code: no determiner offered', () => {
    expect(optionLabels(scanned.f?.ask('AL companies'))).not.toContain('"all"');
    const asked = scanned.f?.ask('speakers from ny companies');
    expect(asked?.kind).toBe('sql');
    if (asked?.kind === 'sql') expect(asked.interpretation).toContain('New York');
  });
});
