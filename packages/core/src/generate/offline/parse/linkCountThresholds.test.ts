import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, firstColumnNames, realFixture, type Fixture } from '../testkit';

/**
 * A threshold on how many events a company (or person) takes part in, or on how many companies an event has
 * ("companies that show up at two or more different events", "repeat sponsors", "events with more than 20
 * sponsors"), is a condition of the answer, never dropped: dropped, the question was answered with every company.
 * Events are counted by name (an event listed under several URLs is one event), as counts and averages take them; a
 * company is one per name (`compile/identity.ts`): what it takes part in under any of its domains counts.
 */
function thresholds(fixture: () => Promise<Fixture>): void {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture();
  });
  afterAll(() => f.close());

  const names = (q: string): string[] => firstColumnNames(f.ask(q), q);
  const eventsPerCompany = (op: string, n: number, relation: string | null = null): string[] =>
    [
      ...f.oracle(
        `SELECT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id JOIN events e ON e.id = pa.event_id
         ${relation ? `WHERE pa.relation = '${relation}'` : ''}
         GROUP BY c.name HAVING COUNT(DISTINCT lower(e.name)) ${op} ${n}`,
      ),
    ]
      .map(String)
      .sort();

  it.each([
    ['Which companies show up at two or more different events?', '>=', 2],
    ['companies at at least 2 distinct events', '>=', 2],
    ['companies present at multiple different events', '>', 1],
    ['which companies are at more than one of the events', '>', 1],
    ['companies at 3 or more separate events', '>=', 3],
    // "go to" in every form of the verb is taking part in any relation, as "going to" is
    ['which firms go to 2 or more distinct events', '>=', 2],
    ['which company goes to more than one of the events', '>', 1],
  ])('a count of events with words between the number and its noun: %s', (q, op, n) => {
    const expected = eventsPerCompany(op, n);
    expect(expected.length).toBeGreaterThan(0);
    expect(names(q)).toEqual(expected);
  });

  it.each([
    ['repeat sponsors', 'sponsor'],
    ['which companies are returning sponsors', 'sponsor'],
    ['recurring participants', null],
  ])('an adjective of taking part again before a participant noun: %s', (q, relation) => {
    const expected = eventsPerCompany('>', 1, relation);
    expect(expected.length).toBeGreaterThan(0);
    expect(names(q)).toEqual(expected);
  });

  it('a noun of no participant after "repeat" is no count ("repeat events" reads no threshold)', () => {
    const asked = f.ask('repeat events');
    if (asked.kind === 'sql') expect(asked.interpretation).not.toMatch(/number of events/);
  });
}

describe('thresholds on counts of linked rows (demo data)', () => thresholds(demoFixture));
describe.skipIf(!hasRealData)('thresholds on counts of linked rows (real data)', () => thresholds(realFixture));

/**
 * A threshold said before the noun's modifiers counts the rows the modifiers describe ("companies at 2 or more tech
 * events": the tech events each takes part in, by name): before, the number and its noun were left unread (asked
 * back), and a count of every event beside a link to some tech event would answer another question.
 */
describe.skipIf(!hasRealData)('thresholds over the events the modifiers describe (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** Companies (by name) holding a relation (any when null) at more than / at least n events of the given where. */
  const companiesAt = (where: string, op: string, n: number, relation: string | null = null): string[] =>
    [
      ...f.oracle(
        `SELECT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id JOIN events e ON e.id = pa.event_id
         WHERE ${where} ${relation ? `AND pa.relation = '${relation}'` : ''}
         GROUP BY c.name HAVING COUNT(DISTINCT lower(e.name)) ${op} ${n}`,
      ),
    ]
      .map(String)
      .sort();
  const TECH = `e.id IN (SELECT event_id FROM event_tags WHERE tag = 'technology')`;

  it.each([
    ['companies at 2 or more tech events', TECH, '>=', 2, null],
    ['which cos attend more than one technology event', TECH, '>', 1, null],
    ['sponsors at several singapore events', `e.country = 'Singapore'`, '>', 1, 'sponsor'],
    // the modifiers said after the counted noun describe the counted rows as well
    ['companies at 2 or more events in 2025', `e.start_date BETWEEN '2025-01-01' AND '2025-12-31'`, '>=', 2, null],
    ['sponsors of 2+ events in Singapore', `e.country = 'Singapore'`, '>=', 2, 'sponsor'],
  ] as const)('%s', (q, where, op, n, relation) => {
    const expected = companiesAt(where, op, n, relation);
    expect(expected.length).toBeGreaterThan(0);
    // the tech events and the 2025 ones are fewer than all: they narrow the count (every sponsor's events are in
    // Singapore)
    if (where === TECH || where.includes('2025')) expect(expected).not.toEqual(companiesAt('1 = 1', op, n, relation));
    expect(firstColumnNames(f.ask(q), q)).toEqual(expected);
  });

  it('a modifier after the counted noun that describes other rows leaves the count over all of them', () => {
    // "in 2025" is the events' own window: the sponsors counted are any sponsors of those events
    const asked = f.ask('events with 3+ sponsors in 2025');
    if (asked.kind !== 'sql') throw new Error(`not answered: ${asked.kind}`);
    expect(asked.interpretation).toMatch(/number of sponsors >= 3, starting 2025-01-01/);
  });
});

/**
 * A relation noun after a copula ("companies that are sponsors at more than one event") is what the companies are at
 * the counted events: the count is of the events of that relation (`build/countedRelation.ts`). Counted over every
 * relation, a sponsor once and a speaker elsewhere passed (a broader question answered).
 */
describe.skipIf(!hasRealData)('a counted link keeps the relation of its noun (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const companiesAt = (op: string, n: number, relation: string | null): string[] =>
    [
      ...f.oracle(
        `SELECT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id JOIN events e ON e.id = pa.event_id
         ${relation ? `WHERE pa.relation = '${relation}'` : ''}
         GROUP BY c.name HAVING COUNT(DISTINCT lower(e.name)) ${op} ${n}`,
      ),
    ]
      .map(String)
      .sort();

  it.each([
    ['which firms were sponsors at two or more events', '>=', 2, 'sponsor'],
    ['companies that are sponsors at 2+ events', '>=', 2, 'sponsor'],
    ['which businesses are speakers at over one event', '>', 1, 'speaker'],
    ['companies that were speakers at at least 2 events', '>=', 2, 'speaker'],
    ['which firms are partners at more than one event', '>', 1, 'partner'],
  ] as const)('%s', (q, op, n, relation) => {
    const expected = companiesAt(op, n, relation);
    // any relation counted is a broader set: the sentence tells the two apart
    expect(expected).not.toEqual(companiesAt(op, n, null));
    const asked = f.ask(q);
    expect(firstColumnNames(asked, q)).toEqual(expected);
    if (asked.kind === 'sql') expect(asked.interpretation).toMatch(new RegExp(`as ${relation}`));
  });

  it('a link to described events is another clause: its relation does not narrow the count', () => {
    const q = 'sponsors of Aviation Festival Asia 2025 that are at more than one event';
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`not answered: ${asked.kind}`);
    expect(asked.interpretation).not.toMatch(/as sponsor/);
    const any = new Set(companiesAt('>', 1, null));
    const names = firstColumnNames(asked, q);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(any.has(name)).toBe(true);
  });
});
