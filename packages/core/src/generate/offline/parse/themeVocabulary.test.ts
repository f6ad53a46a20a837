import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../testkit';

/**
 * Each event theme is reached by the words people use for it: its label, the tagger's own keywords (the words it
 * tags events by, `eventTagsNamedBy` in @musaeid/db) and WordNet's kinds of them ("cardiology" is a kind of
 * medicine), in any theme position ("X events", "events about X", "events in <period> are about X or Y"). Real
 * data: the rows must be exactly the events carrying the tags.
 */
describe.skipIf(!hasRealData)('theme words reach their event tags (real data)', () => {
  warnIfNoRealData('themeVocabulary');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const tagged = (...tags: string[]): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT e.name FROM events e JOIN event_tags t ON t.event_id = e.id WHERE t.tag IN (${tags
        .map(() => '?')
        .join(',')})`,
      ...tags,
    );

  const THEMES: readonly (readonly [string[], string[]])[] = [
    [['health', 'healthcare', 'medical', 'medicine', 'cardiology', 'oncology'], ['healthcare_medical']],
    [['pharma', 'pharmaceutical', 'pharmaceuticals', 'biotech', 'life sciences'], ['pharma_biotech']],
    // "fintech" is narrower than finance (a technology of it: parse/techCompounds.test.ts), no word of the tag whole
    // ... nor is a keyword saying no word of its tag's label ("payments": narrowerKeywords.test.ts)
    [['banking', 'finance'], ['finance_banking']],
    [['crypto', 'blockchain', 'web3', 'cryptocurrency'], ['crypto_blockchain']],
    [['tech', 'IT', 'software', 'technology'], ['technology']],
    [['cloud'], ['cloud']],
    [['AI', 'artificial intelligence', 'big data'], ['ai_data']],
    // ... a phrase of the tagger's opened by a filler word ("information"), also after "about"
    [['cyber', 'cybersecurity', 'cyber security', 'information security'], ['cybersecurity']],
  ];

  it.each(
    THEMES.flatMap(([words, tags]) =>
      words.flatMap((word) => [`${word} events`, `events about ${word}`].map((q) => [q, tags] as const)),
    ),
  )('%s -> %j', (q, tags) => {
    const expected = tagged(...tags);
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q), 'event'))).toEqual(expected);
  });

  // every plural noun of events of the vocabulary (`EVENT_NOUNS`) marks a theme as "events" does
  it.each([
    ['cardiology or biotech gatherings', ['healthcare_medical', 'pharma_biotech']],
    ['crypto meetups', ['crypto_blockchain']],
    ['workshops about cloud', ['cloud']],
    // a participle of devotion (verb class `devote`: "dedicate, devote", "focus, concentrate") marks the theme after it
    ['conferences dedicated to cyber security', ['cybersecurity']],
    ['which events are devoted to pharma', ['pharma_biotech']],
    ['events centred on blockchain', ['crypto_blockchain']],
    ['summits concentrated on cloud', ['cloud']],
  ])('a theme before or after any noun of events: %s', (q, tags) => {
    expect(new Set(column(f.ask(q), 'event'))).toEqual(tagged(...tags));
  });

  it.each([
    [
      'Which events between August and October 2024 are about health or pharma?',
      ['healthcare_medical', 'pharma_biotech'],
    ],
    ['events in 2024 about medical or pharmaceutical topics', ['healthcare_medical', 'pharma_biotech']],
    ['which events in the next 9 months are related to crypto or payments', ['crypto_blockchain', 'finance_banking']],
    // a place and a period between the noun and "about": each a modifier of the noun with its preposition
    ['events in sg in the next 2 months about food or pets', ['food_beverage', 'pets']],
    ['events in singapore in the next 6 months about health or pharma', ['healthcare_medical', 'pharma_biotech']],
  ])('a theme after a period and a copula: %s', (q, tags) => {
    const r = f.ask(q);
    expect(r.kind).toBe('sql');
    const names = new Set(column(r, 'event'));
    expect(names.size).toBeGreaterThan(0);
    for (const n of names) expect(tagged(...tags).has(n)).toBe(true);
  });

  it('fintech events include the blockchain and crypto ones (a technology of finance), not all finance events', () => {
    const fintech = new Set(column(f.ask('fintech events'), 'event'));
    for (const n of tagged('crypto_blockchain')) expect(fintech.has(n)).toBe(true);
    expect(fintech.size).toBeLessThan(tagged('finance_banking').size);
  });

  it('"about" after a verb of thinking or saying is its object, not a theme ("flying" is aviation elsewhere)', () => {
    const plain = new Set(column(f.ask('which events are in Singapore?'), 'event'));
    expect(new Set(column(f.ask('thinking about flying over, which events are in Singapore?'), 'event'))).toEqual(
      plain,
    );
    expect(new Set(column(f.ask('events about flying'), 'event'))).toEqual(tagged('aviation'));
  });

  it("a broad word in an event's name does not override its subject: the refining conference is no tech event", () => {
    const tech = new Set(column(f.ask('technology events'), 'event'));
    expect(tech.has('Asian Refining Technology Conference')).toBe(false);
    expect(tech.has('Cloud Expo Asia Singapore 2024')).toBe(true);
    expect(new Set(column(f.ask('oil and gas events'), 'event')).has('Asian Refining Technology Conference')).toBe(
      true,
    );
  });

  it("an event's acronym the tagger tags it by is that event, never every event of its theme", () => {
    // the tagger tags AHICE South East Asia as hospitality by its acronym; the data has other hospitality events
    const ahice = f.ask('ahice sponsors');
    expect(ahice.kind === 'sql' ? ahice.interpretation : ahice.kind).not.toMatch(/tagged/);
    const sponsors = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e
       ON e.id = p.event_id WHERE e.name = 'AHICE South East Asia' AND p.relation = 'sponsor'`,
    );
    expect(new Set(column(ahice, 'company'))).toEqual(sponsors);
    // a capital keyword that names no event stays the theme
    expect(new Set(column(f.ask('IT events'), 'event'))).toEqual(tagged('technology'));
  });
});
