import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, demoScanner, realFixture, type Fixture } from '../../testkit';

describe('a company named in its role at events: "events with X as a speaker" (demo data)', () => {
  const demo = demoScanner();

  /** A company with one relation at some events and another relation at others (so the role must filter). */
  const companyWithTwoRoles = (): { name: string; relation: string; other: string } => {
    const row = demo
      .fixture()
      .db.prepare(
        `SELECT c.name AS name, a.relation AS relation, b.relation AS other FROM companies c
         JOIN participations a ON a.company_id = c.id JOIN participations b ON b.company_id = c.id
         WHERE a.relation IN ('speaker', 'sponsor', 'exhibitor') AND b.relation <> a.relation
           AND b.event_id NOT IN (SELECT event_id FROM participations WHERE company_id = c.id AND relation = a.relation)
         ORDER BY c.id LIMIT 1`,
      )
      .get() as { name: string; relation: string; other: string } | undefined;
    if (!row) throw new Error('demo data: no company with two roles');
    return row;
  };

  const eventsWhere = (name: string, relation: string): Set<unknown> =>
    demo.fixture().oracle(
      `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id JOIN companies c ON c.id = p.company_id
         WHERE c.name = ? AND p.relation = ?`,
      name,
      relation,
    );

  it.each([
    (name: string, role: string) => `which events have ${name} as a ${role}`,
    (name: string, role: string) => `events with ${name} as one of the ${role}s`,
    (name: string, role: string) => `list the shows that had ${name} as ${role}`,
  ])('the role noun filters the named company, not some other company (%#)', (ask) => {
    const c = companyWithTwoRoles();
    const expected = eventsWhere(c.name, c.relation);
    expect(expected.size).toBeGreaterThan(0);
    const asked = demo.fixture().ask(ask(c.name, c.relation));
    expect(new Set(column(asked, 'event'))).toEqual(expected);
  });
});

/**
 * A kind of company in a role, or among a set of a role ("events that have banks among their sponsors"): the role
 * noun is those companies' relation. Read apart, "among their sponsors" shaped nothing and the events with such a
 * company in ANY relation were answered (a broader question).
 */
describe.skipIf(!hasRealData)('a kind of company in its role at events (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** Events with a company of the industry in the relation (any relation when null), by name. */
  const eventsWith = (industry: string, relation: string | null): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT e.name FROM events e JOIN participations p ON p.event_id = e.id
         JOIN company_industries ci ON ci.company_id = p.company_id
       WHERE ci.industry = ? ${relation ? 'AND p.relation = ?' : ''}`,
      ...(relation ? [industry, relation] : [industry]),
    );

  it.each([
    ['which events have airlines among their sponsors', 'Airlines and Aviation', 'sponsor'],
    ['events with airlines amongst the sponsors', 'Airlines and Aviation', 'sponsor'],
    ['list the shows that have airlines as sponsors', 'Airlines and Aviation', 'sponsor'],
    ['events with airlines as one of their sponsors', 'Airlines and Aviation', 'sponsor'],
    ['what conferences had airlines among the partners', 'Airlines and Aviation', 'partner'],
  ] as const)('%s', (q, industry, relation) => {
    const expected = eventsWith(industry, relation);
    expect(expected.size).toBeGreaterThan(0);
    // the same kind in any relation is a broader set: the sentence tells the two apart
    expect(expected).not.toEqual(eventsWith(industry, null));
    const asked = f.ask(q);
    expect(new Set(column(asked, 'event'))).toEqual(expected);
  });

  it('"among those" after a follow-up is no role phrase: the earlier set is kept, not a relation', () => {
    const asked = f.ask('sponsors of Aviation Festival Asia', 'which are banks among those');
    if (asked.kind === 'sql') expect(asked.interpretation).not.toMatch(/with sponsors among companies/);
  });
});
