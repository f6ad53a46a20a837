import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TAGS } from '@musaeid/db';
import { hasRealData } from '@musaeid/testkit';
import { column, realFixture, valueIndexOf, type Fixture } from '../testkit';
import type { ValueIndex } from '../values/ValueIndex';
import { techCompoundTheme } from './techCompounds';

/**
 * A theme compound of "tech" is the technology of a theme, narrower than that theme's tag: never answered with the
 * broad tag (the accounting show is no fintech event), on the real data.
 */
describe.runIf(hasRealData)('theme compounds of "tech" (real data)', () => {
  let f: Fixture | null = null;
  let index: ValueIndex | null = null;
  beforeAll(async () => {
    f = await realFixture();
    index = valueIndexOf(f);
  });
  afterAll(() => f?.close());

  /** The tags the tagger reads a word as (its keywords), the technology tag aside. */
  const broadTags = (word: string): string[] =>
    EVENT_TAGS.filter((t) => t.tag !== 'technology' && t.keywords.includes(word)).map((t) => t.tag);

  // compounds the tagger files under a broad theme, and compounds it does not know whose first part clips a theme
  it.each(['fintech', 'insurtech', 'edtech', 'martech', 'adtech', 'proptech', 'medtech', 'healthtech', 'foodtech'])(
    '"%s events" are the events saying it or of both its theme and technology, never its broad tag',
    (word) => {
      if (!f || !index) return;
      const asked = f.ask(`${word} events`);
      expect(asked.kind, word).toBe('sql');
      if (asked.kind !== 'sql') return;
      expect(asked.interpretation).toContain(`mentioning "${word}"`);
      const reading = techCompoundTheme([word], index);
      expect(reading?.tags).toEqual([]);
      expect(reading?.withTag).toBe('technology');
      // the theme is the tagger's reading of the compound where it has one
      for (const t of broadTags(word)) expect(reading?.themes).toContain(t);
      const expected = f.oracle(
        `SELECT e.name FROM events e
          WHERE lower(' ' || e.name || ' ' || coalesce(e.description, '') || ' ') LIKE ?
             OR (EXISTS (SELECT 1 FROM event_tags t WHERE t.event_id = e.id AND t.tag IN (SELECT value FROM json_each(?)))
                 AND EXISTS (SELECT 1 FROM event_tags t WHERE t.event_id = e.id AND t.tag = 'technology'))`,
        `%${word}%`,
        JSON.stringify(reading?.themes ?? []),
      );
      expect(new Set(column(asked, 'event'))).toEqual(expected);
    },
  );

  it('"fintech" is finance AND technology: payments and crypto events, not the accounting show of Finance & Banking', () => {
    if (!f) return;
    const asked = f.ask('fintech events');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toContain('tagged Finance & Banking and Technology or mentioning "fintech"');
    const events = new Set(column(asked, 'event'));
    const tagged = (tag: string): Set<unknown> =>
      f?.oracle(`SELECT e.name FROM events e JOIN event_tags t ON t.event_id = e.id AND t.tag = ?`, tag) ?? new Set();
    // crypto implies finance and technology: its events are fintech ones
    for (const name of tagged('crypto_blockchain')) expect(events.has(name), String(name)).toBe(true);
    const financeOnly = [...tagged('finance_banking')].filter((n) => !tagged('technology').has(n));
    expect(financeOnly.length).toBeGreaterThan(0);
    for (const name of financeOnly) expect(events.has(name), String(name)).toBe(false);
  });

  it('"sg fintech events nxt 6 mo": none in the window is an empty answer, not the finance events', () => {
    // the accounting show (Finance & Banking, no technology) is the one finance event in the window
    const asked = f?.ask('sg fintech events nxt 6 mo');
    expect(asked?.kind).toBe('sql');
    if (asked?.kind !== 'sql') return;
    expect(asked.interpretation).toContain('mentioning "fintech"');
    expect(asked.rows).toEqual([]);
  });

  it('a compound that is a tag label word is that tag ("cleantech": Sustainability & Cleantech, not Energy too)', () => {
    if (!f || !index) return;
    for (const [word, label] of [
      ['cleantech', 'Sustainability & Cleantech'],
      ['biotech', 'Pharma & Biotech'],
    ] as const) {
      const asked = f.ask(`${word} events`);
      expect(asked.kind === 'sql' ? asked.interpretation : '', word).toMatch(
        new RegExp(`^events tagged ${label}\\.?$`),
      );
    }
  });

  it('two words ("hr tech") read as the compound; a first part naming no theme is left to the other readers', () => {
    if (!f || !index) return;
    expect(techCompoundTheme(['hr', 'tech'], index)).toMatchObject({
      themes: ['hr_workplace'],
      mentioning: ['hrtech', 'hr tech'],
    });
    const asked = f.ask('hr tech events');
    expect(asked.kind === 'sql' ? asked.interpretation : '').toContain('tagged HR & Future of Work and Technology or');
    // "regtech", "deep tech": no theme clipped (deep tech is a word of technology itself)
    expect(techCompoundTheme(['regtech'], index)).toBeNull();
    expect(techCompoundTheme(['deep', 'tech'], index)).toBeNull();
    expect(techCompoundTheme(['technology'], index)).toBeNull();
  });

  it('a compound is no slip of another: "medtech" is not respelt as "edtech"', () => {
    const asked = f?.ask('medtech events');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toContain('"medtech"');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').not.toContain('Education');
  });

  it('companies: the industry the compound names ("FinTech"), not every financial one', () => {
    const asked = f?.ask('fintech companies');
    expect(asked?.kind === 'sql' ? asked.interpretation : '').toContain('the FinTech industry');
  });
});
