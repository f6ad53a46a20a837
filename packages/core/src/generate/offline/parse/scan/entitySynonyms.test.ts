import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../../testkit';
import { entityWordFor } from './entitySynonyms';

describe('entity nouns read through WordNet', () => {
  it.each([
    ['outfits', 'companies'],
    ['makers', 'companies'],
    ['manufacturers', 'companies'],
    ['businesses', 'companies'],
    // a person dealing in goods or services is a business here, never a job title ("suppliers in banking")
    ['suppliers', 'companies'],
    ['providers', 'companies'],
    ['meetings', 'events'],
    ['symposiums', 'events'],
    ['gatherings', 'events'],
    ['backers', 'sponsors'],
    ['folks', 'people'],
    ['attendees', 'attendees'],
  ])('%s is a word for %s', (word, meaning) => {
    const found = entityWordFor(word);
    expect(found).not.toBeNull();
    // the vocabulary word found, or one of the same entity (organisations / businesses are both companies)
    const groups: Record<string, string[]> = {
      companies: ['companies', 'organizations', 'organisations', 'businesses', 'firms', 'enterprises', 'corporations'],
      events: ['events', 'conferences', 'gatherings', 'meetups', 'exhibitions'],
      people: ['people', 'folks', 'persons'],
    };
    expect(groups[meaning] ?? [meaning]).toContain(found);
  });

  it.each([
    ['shops', 'a store is an artifact, not a workshop'],
    ['founders', 'a person role: reading it as "people" would drop it'],
    ['crowd', 'a verb as well as a noun, and singular'],
    ['galas', 'no vocabulary noun near it'],
    ['entrepreneurs', 'a businessperson who deals in nothing: a person role'],
  ])('%s is not rewritten (%s)', (word) => {
    expect(entityWordFor(word)).toBeNull();
  });

  it('reads a word typed in lower case as no acronym WordNet writes in capitals ("deas" is not the DEA)', () => {
    expect(entityWordFor('deas', true)).toBeNull();
    expect(entityWordFor('outfits', true)).not.toBeNull();
  });
});

describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('entity synonyms end to end on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('entitySynonyms');
  });
  afterAll(() => f?.close());

  it.each([
    ['which outfits sponsor events?', 'which companies sponsor events?'],
    ['list the makers exhibiting at events', 'list the companies exhibiting at events'],
    ['show me all the folks', 'show me all the people'],
    ['upcoming symposiums', 'upcoming conferences'],
    ['who are the backers of events?', 'who are the sponsors of events?'],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    const b = f.ask(same);
    expect(sql(a)).toBe(sql(b));
    if (a.kind === 'sql' && b.kind === 'sql') expect(a.rows).toEqual(b.rows);
  });

  // a noun of serving someone at an event is the companies taking part, even where its word names an industry too
  // ("suppliers" was read as the Supplies industries: a narrower question than asked)
  it.each([
    ['suppliers at', 'companies at'],
    ['which providers are exhibiting at', 'which companies are exhibiting at'],
  ])('"%s <event>" asks the same as "%s <event>"', (q, same) => {
    if (!f) return;
    const [event] = [
      ...f.oracle(`SELECT e.name FROM events e JOIN participations pa ON pa.event_id = e.id
        GROUP BY e.name ORDER BY count(DISTINCT pa.company_id) DESC, e.name LIMIT 1`),
    ] as string[];
    const a = f.ask(`${q} ${event}`);
    const b = f.ask(`${same} ${event}`);
    expect(sql(a)).toBe(sql(b));
  });

  it('a word before the noun that may modify it keeps its industry reading ("industrial suppliers")', () => {
    if (!f) return;
    // only where the data has an industry the word names
    const plain = f.ask('suppliers in germany');
    if (!(plain.kind === 'sql' && plain.interpretation.includes('industry'))) return;
    const asked = f.ask('industrial suppliers at events next year');
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/^companies taking part/);
  });
});
