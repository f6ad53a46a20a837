import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, sql, type Fixture } from '../../testkit';
import { verbClassAt } from '../../text/verbClasses';

describe('verbs of being tied to something, from WordNet', () => {
  it.each(['attached', 'tied', 'linked', 'connected', 'joined', 'bound'])('%s is a verb of being linked', (word) => {
    expect(verbClassAt([word])?.cls).toBe('link');
  });
  it('leaves the noun "companies" (a verb of keeping company) without the class', () => {
    expect(verbClassAt(['companies'])).toBeNull();
  });
});

/**
 * Taking part said in other words: a verb of being tied to an event ("attached to it", "tied to the events"), "in any
 * role / capacity" after taking part, and a list of relations closed by "or otherwise <verb>" are all the relation
 * "any": the same SQL as the plain phrasing. A named relation with "in any role" is asked about.
 */
describe.each([
  ['demo', demoFixture],
  ['real', hasRealData ? realFixture : null],
] as const)('taking part in other words on %s data', (_name, make) => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (make) f = await make();
    else warnIfNoRealData('linkVerbs');
  });
  afterAll(() => f?.close());

  it.each([
    ['Which event has the most companies attached to it?', 'Which event has the most companies taking part in it?'],
    ['which companies are tied to the events?', 'which companies are taking part in the events?'],
    ['how many companies are involved in events in any role?', 'how many companies are involved in events?'],
    ['which companies attend events in whatever capacity', 'which companies attend events'],
    // the free choice as a clause of its own, with or without an owner word
    ['german companies at events in singapore, any role', 'german companies at events in singapore'],
    ['companies at events in singapore - whatever their role', 'companies at events in singapore'],
    ['companies exhibiting, sponsoring or otherwise attending events', 'companies attending events'],
    ['companies exhibiting or otherwise involved in events', 'companies involved in events'],
    ['how many different companies attend events', 'how many companies attend events'],
    // said with no object after a noun of companies: the events asked about are what they are tied to
    ['Which event has the most companies attached?', 'Which event has the most companies taking part in it?'],
    ['which event has the most companies associated', 'Which event has the most companies taking part in it?'],
    ['events in 2025 with over 5 companies linked', 'events in 2025 with over 5 companies'],
    // ... with a form of "be" between, and after a count of a relation's companies
    [
      'Which event has the most companies that are associated?',
      'Which event has the most companies taking part in it?',
    ],
    ['which event has the most companies r attached', 'Which event has the most companies taking part in it?'],
    ['which event has the most companies are linked', 'Which event has the most companies taking part in it?'],
    ['events in 2025 with over 5 partners tied', 'events in 2025 with over 5 partners'],
    // "it" inside the grouping's clause is the member grouped ("for each event ... linked to it"), no earlier turn's
    [
      'per event in 2025 that has companies tied to it, how many companies',
      'per event in 2025 that has companies, how many companies',
    ],
    [
      'for every event in 2025 that has companies taking part in it, the number of companies',
      'for every event in 2025 that has companies, the number of companies',
    ],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it('keeps "related to" a theme a theme, and asks about "in any role" after a named relation', () => {
    if (!f) return;
    expect(sql(f.ask('events related to technology'))).not.toBe(sql(f.ask('events')));
    expect(f.ask('companies sponsoring events in any role').kind).toBe('clarify');
    // "any role" inside a clause is not a free choice of its own ("people in any role at X" is left to the rest)
    expect(f.ask('companies sponsoring events, any role').kind).toBe('clarify');
  });
});

/**
 * A verb of being tied or related to an event before an event's name read loosely ("companies tied to ahice",
 * "companies related to cloud expo asia"): taking part in that event, as with its name in full (the name is read after
 * the verbs, and "related to" opens a theme only where no event's name follows).
 */
describe.runIf(hasRealData)('a verb of being tied to a name read loosely (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it.each([
    ['companies tied to ahice', 'companies taking part in ahice'],
    ['companies related to cloud expo asia', 'companies taking part in cloud expo asia'],
    ['firms relating to cloud expo asia', 'companies taking part in cloud expo asia'],
    ['people related to the aviation festival', 'people at companies taking part in the aviation festival'],
  ])('"%s" answers as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    const b = f.ask(same);
    expect(a.kind, q).toBe('sql');
    expect(a.kind === 'sql' && b.kind === 'sql' && a.rows.length).toBeGreaterThan(0);
    expect(a.kind === 'sql' && a.rows).toEqual(b.kind === 'sql' && b.rows);
  });
});
