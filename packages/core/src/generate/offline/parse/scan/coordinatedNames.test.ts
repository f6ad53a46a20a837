import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realFixture, valueIndexOf, type Fixture } from '../../testkit';
import type { ValueIndex } from '../../values/ValueIndex';
import { matchLooseName } from './looseNames';

/**
 * Names joined by "and" / "or" are of one kind: a word that is a company's whole name and, loosely, one event's
 * (found in the data: "DMWF" and "#DMWF Asia") is that event when joined to another event.
 */
describe.skipIf(!hasRealData)('names joined by a coordinator (real data)', () => {
  let f: Fixture;
  let index: ValueIndex;
  beforeAll(async () => {
    f = await realFixture();
    index = valueIndexOf(f);
  }, 180_000);
  afterAll(() => f.close());

  /** Single words that are a company's exact name and loosely name exactly one event. */
  const bothKinds = (): { word: string; event: string }[] =>
    [...index.companies]
      .filter(([key, hit]) => !key.includes(' ') && hit.quality === 3 && !index.events.has(key))
      .flatMap(([key]) => {
        const events = matchLooseName([key], index).filter((b) => b.t === 'event');
        const [only] = events;
        return events.length === 1 && only?.t === 'event' ? [{ word: key, event: only.hit.names[0] ?? '' }] : [];
      });

  it('a word naming a company and an event is the event beside another event', () => {
    const found = bothKinds();
    expect(found.length).toBeGreaterThan(0);
    const other = [...f.oracle(`SELECT name FROM events WHERE name GLOB '[A-Z]*' ORDER BY length(name) LIMIT 1`)][0];
    for (const { word, event } of found) {
      if (event === other) continue;
      for (const q of [`companies at both ${String(other)} and ${word}`, `companies at ${word} or ${String(other)}`]) {
        const asked = f.ask(q);
        expect(asked.kind, q).toBe('sql');
        if (asked.kind !== 'sql') continue;
        expect(asked.interpretation, q).toContain(event);
        expect(asked.interpretation, q).not.toContain('companies named');
      }
    }
  });

  it('... also when it comes first and "and" is read inside the other name ("who is at both X and <event>")', () => {
    const other = [...f.oracle(`SELECT name FROM events WHERE name GLOB '[A-Z]*' ORDER BY length(name) LIMIT 1`)][0];
    const found = bothKinds().find(({ event }) => event !== other);
    expect(found).toBeDefined();
    if (!found) return;
    const q = `who is at both ${found.word} and ${String(other).toLowerCase()}`;
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation, q).toContain(found.event);
    expect(asked.interpretation, q).not.toContain('companies named');
  });
});
