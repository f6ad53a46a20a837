import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, valueIndexOf, type Fixture } from '../../testkit';
import { LEXICON } from '../lexiconTable';
import { matchTopic } from '../matchTopic';

/**
 * A marker noun of themes that is a theme itself ("space": "the fintech space", and the Space & Satellite tag), first
 * in a list of themes ("space and aerospace events", "space n aerospace events"): nothing stands before it for it to
 * mark, so it is a member of the list, and the list is the union of its members' events (it was dropped silently).
 */
describe.skipIf(!hasRealData)('a marker noun that is a theme, first in a list of themes (real data)', () => {
  let f: Fixture | null = null;
  /** The lexicon's marker nouns that name a theme of the data. */
  let markers: string[] = [];
  beforeAll(async () => {
    if (!hasRealData) return warnIfNoRealData('topics.lists');
    f = await realFixture();
    const index = valueIndexOf(f);
    markers = [...LEXICON].flatMap(([word, readings]) =>
      readings.length > 0 && readings.every((r) => r.t === 'sector') && matchTopic([word], index).tags.length > 0
        ? [word]
        : [],
    );
  });
  afterAll(() => f?.close());

  it.each(['%m and %t events', '%m n %t events', '%m & %t events', '%m or %t events'])('"%s"', (template) => {
    if (!f) return;
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) {
      const themed = firstColumnNames(f.ask(`${m} events`));
      const other = firstColumnNames(f.ask('aerospace events'));
      expect(themed.length).toBeGreaterThan(0);
      const asked = template.replace('%m', m).replace('%t', 'aerospace');
      expect(firstColumnNames(f.ask(asked), asked)).toEqual([...new Set([...themed, ...other])].sort());
    }
  });

  it('after a theme it is still the marker ("companies in the fintech space")', () => {
    if (!f) return;
    const said = (q: string): string => {
      const a = f?.ask(q);
      return a?.kind === 'sql' ? a.interpretation : `not answered: ${a?.kind ?? ''}`;
    };
    expect(said('companies in the fintech space')).toBe(said('fintech companies'));
  });
});
