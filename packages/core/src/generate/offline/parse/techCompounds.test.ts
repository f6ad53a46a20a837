import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_TAGS } from '@musaeid/db';
import { hasRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../testkit';
import { buildValueIndex, type ValueIndex } from '../values/ValueIndex';
import { LEXICON_PHRASES } from './lexiconTable';
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
    index = buildValueIndex(f.db, LEXICON_PHRASES);
  });
  afterAll(() => f?.close());

  const implies = new Map(EVENT_TAGS.map((t) => [t.tag, t.implies ?? []]));
  /** The tags the tagger reads a word as (its keywords), the technology tag aside. */
  const broadTags = (word: string): string[] =>
    EVENT_TAGS.filter((t) => t.tag !== 'technology' && t.keywords.includes(word)).map((t) => t.tag);

  // compounds the tagger files under a broad theme, and compounds it does not know whose first part clips a theme
  it.each(['fintech', 'insurtech', 'edtech', 'martech', 'adtech', 'proptech', 'medtech', 'healthtech', 'foodtech'])(
    '"%s events" are the events saying it or of a technology of its theme, never its broad tag',
    (word) => {
      if (!f || !index) return;
      const asked = f.ask(`${word} events`);
      expect(asked.kind, word).toBe('sql');
      if (asked.kind !== 'sql') return;
      expect(asked.interpretation).toContain(`mentioning "${word}"`);
      const reading = techCompoundTheme([word], index);
      expect(reading).not.toBeNull();
      // every tag read is a technology (implies technology), none is the compound's broad theme
      for (const t of reading?.tags ?? []) {
        expect(implies.get(t), t).toContain('technology');
        expect(broadTags(word), t).not.toContain(t);
      }
      const expected = f.oracle(
        `SELECT e.name FROM events e WHERE lower(' ' || e.name || ' ' || coalesce(e.description, '') || ' ') LIKE ? OR EXISTS (SELECT 1 FROM event_tags t WHERE t.event_id = e.id AND t.tag IN (SELECT value FROM json_each(?)))`,
        `%${word}%`,
        JSON.stringify(reading?.tags ?? []),
      );
      expect(new Set(column(asked, 'event'))).toEqual(expected);
    },
  );

  it('"fintech" is a technology of finance: Crypto & Blockchain events, not the Finance & Banking accounting show', () => {
    if (!f) return;
    const asked = f.ask('fintech events');
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toContain('tagged Crypto & Blockchain or mentioning "fintech"');
    expect(asked.interpretation).not.toContain('Finance & Banking');
    const financeOnly = f.oracle(
      `SELECT e.name FROM events e WHERE EXISTS (SELECT 1 FROM event_tags t WHERE t.event_id = e.id AND t.tag = 'finance_banking')
         AND NOT EXISTS (SELECT 1 FROM event_tags t WHERE t.event_id = e.id AND t.tag = 'crypto_blockchain')
         AND lower(e.name || ' ' || coalesce(e.description, '')) NOT LIKE '%fintech%'`,
    );
    expect(financeOnly.size).toBeGreaterThan(0);
    for (const name of financeOnly) expect(column(asked, 'event')).not.toContain(name);
  });

  it('"sg fintech events nxt 6 mo": none in the window is an empty answer, not the finance events', () => {
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
    expect(techCompoundTheme(['hr', 'tech'], index)?.mentioning).toEqual(['hrtech', 'hr tech']);
    const asked = f.ask('hr tech events');
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toContain('HR & Future of Work');
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
