import { describe, expect, it } from 'vitest';
import { column, demoScanner } from '../../testkit';

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
