import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, firstColumnNames, realFixture, type Fixture } from '../../testkit';

/**
 * "anywhere" / "somewhere" after a relation noun is any event (no condition, no clarify: blind27 a071), and an
 * otherness word after the second of two relations ("somewhere else", "at another", "a different one", "elsewhere")
 * is an event other than the first relation's (blind28 b021), tested by name as the compiler takes a company.
 */
function apartEvents(fixture: () => Promise<Fixture>): void {
  let f: Fixture;
  beforeAll(async () => {
    f = await fixture();
  });
  afterAll(() => f.close());

  const names = (q: string): string[] => firstColumnNames(f.ask(q), q);
  const sorted = (s: Set<unknown>): string[] => [...s].map(String).sort();
  const inRelation = (r: string): string[] =>
    sorted(
      f.oracle(`SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id WHERE p.relation = ?`, r),
    );
  /** Companies (by name) holding `a` at one event and `b` at another (events by name). */
  const apart = (a: string, b: string): string[] =>
    sorted(
      f.oracle(
        `SELECT DISTINCT c1.name FROM participations p1 JOIN companies c1 ON c1.id = p1.company_id
           JOIN events e1 ON e1.id = p1.event_id
         WHERE p1.relation = ? AND EXISTS (SELECT 1 FROM participations p2 JOIN companies c2 ON c2.id = p2.company_id
           JOIN events e2 ON e2.id = p2.event_id
           WHERE p2.relation = ? AND c2.name = c1.name AND lower(e2.name) <> lower(e1.name))`,
        a,
        b,
      ),
    );

  it.each([
    ['companies that are exhibitors anywhere', 'exhibitor'],
    ['which companies are sponsors somewhere', 'sponsor'],
    ['companies that are speakers at any event', 'speaker'],
  ])('an indefinite place after a relation noun is any event: %s', (q, relation) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    expect(names(q)).toEqual(inRelation(relation));
  });

  it.each([
    ['Which companies are sponsors somewhere and speakers somewhere else?', 'speaker', 'sponsor'],
    ['companies that are sponsors at one event and speakers at another', 'speaker', 'sponsor'],
    ['Which companies are sponsors at some event and speakers at a different one?', 'speaker', 'sponsor'],
    ['companies that sponsor one event and speak at a different event', 'speaker', 'sponsor'],
    ['which companies exhibit somewhere and sponsor elsewhere', 'sponsor', 'exhibitor'],
  ])('an otherness word after the second relation is another event: %s', (q, a, b) => {
    const asked = f.ask(q);
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toContain('other than one where the same company is');
    expect(names(q)).toEqual(apart(a, b));
  });

  it('"elsewhere" with nothing to differ from is asked about, never dropped', () => {
    const asked = f.ask('companies that sponsor somewhere else');
    expect(asked.kind).toBe('clarify');
  });
}

describe('indefinite and other events after a relation (demo data)', () => apartEvents(demoFixture));
describe.skipIf(!hasRealData)('indefinite and other events after a relation (real data)', () =>
  apartEvents(realFixture),
);
