import { describe, expect, it } from 'vitest';
import { column, demoScanner } from '../../testkit';

describe('"anyone from X": an indefinite person tied to a named company is its people (demo data)', () => {
  const demo = demoScanner();

  /** The demo company with the most people, and their e-mail addresses. */
  const biggest = (): { name: string; emails: Set<unknown> } => {
    const f = demo.fixture();
    const row = f.db
      .prepare(
        `SELECT c.id AS id, c.name AS name FROM companies c JOIN people p ON p.company_id = c.id WHERE p.email IS NOT NULL
         GROUP BY c.id ORDER BY COUNT(*) DESC, c.id LIMIT 1`,
      )
      .get() as { id: number; name: string };
    return {
      name: row.name,
      emails: f.oracle('SELECT email FROM people WHERE company_id = ? AND email IS NOT NULL', row.id),
    };
  };

  it.each([
    (c: string) => `do we have anyone from ${c}`,
    (c: string) => `any1 at ${c}?`,
    (c: string) => `is there somebody working at ${c}`,
    (c: string) => `someone from the ${c} team pls`,
    (c: string) => `got anybody with ${c}`,
  ])('is the people of that company (%#)', (ask) => {
    const c = biggest();
    expect(c.emails.size).toBeGreaterThan(0);
    const asked = demo.fixture().ask(ask(c.name));
    expect(new Set(column(asked, 'email').filter((e) => e !== null))).toEqual(c.emails);
  });

  it('a pronoun that does the verb is not read as people ("is anyone sponsoring X")', () => {
    const f = demo.fixture();
    const event = (f.db.prepare(`SELECT name FROM events ORDER BY id LIMIT 1`).get() as { name: string }).name;
    const asked = f.ask(`is anyone sponsoring ${event}?`);
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/^people/);
  });
});
