import { describe, expect, it } from 'vitest';
import { busiestCompany, column, companyEmails, demoScanner, editionless } from '../../testkit';

describe('"anyone from X": an indefinite person tied to a named company is its people (demo data)', () => {
  const demo = demoScanner();

  /** The demo company with the most people, and their e-mail addresses. */
  const biggest = (): { name: string; emails: Set<unknown> } => {
    const f = demo.fixture();
    const name = busiestCompany(f, { withEmail: true });
    return { name, emails: companyEmails(f, name) };
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

  it('"who" after a place relates to nothing read before it, even with the company typed with a slip', () => {
    // a slip's name is read before the lexicon's words: "who" was taken as a relative of that later name, and the
    // answer became the company itself ("is there anyone in Japan who works at Fujistu?")
    const f = demo.fixture();
    const c = biggest();
    const country = [
      ...f.oracle(
        `SELECT p.country FROM people p JOIN companies co ON co.id = p.company_id
         WHERE co.name = ? AND p.country IS NOT NULL AND p.email IS NOT NULL GROUP BY p.country
         ORDER BY COUNT(*) DESC, p.country LIMIT 1`,
        c.name,
      ),
    ][0] as string;
    const expected = f.oracle(
      `SELECT p.email FROM people p JOIN companies co ON co.id = p.company_id
       WHERE co.name = ? AND p.country = ? AND p.email IS NOT NULL`,
      c.name,
      country,
    );
    expect(expected.size).toBeGreaterThan(0);
    // two letters of the name's longest word swapped: a typing slip the name matcher reads
    const word = c.name.split(' ').sort((a, b) => b.length - a.length)[0] ?? '';
    const slip = c.name.replace(word, `${word.slice(0, 2)}${word[3] ?? ''}${word[2] ?? ''}${word.slice(4)}`);
    const asked = f.ask(`is there anyone in ${country} who works at ${slip}?`);
    expect(new Set(column(asked, 'email').filter((e) => e !== null))).toEqual(expected);
  });

  it('a pronoun from a place is the people based there, at the event after it (never the event in that place)', () => {
    const f = demo.fixture();
    // the event and the people's country with the most people at its companies
    const { name: event, country } = f.db
      .prepare(
        `SELECT e.name AS name, p.country AS country FROM events e JOIN participations pa ON pa.event_id = e.id
         JOIN people p ON p.company_id = pa.company_id WHERE p.email IS NOT NULL AND p.country IS NOT NULL
         GROUP BY e.id, p.country ORDER BY COUNT(DISTINCT p.id) DESC, e.id, p.country LIMIT 1`,
      )
      .get() as { name: string; country: string };
    const expected = f.oracle(
      `SELECT DISTINCT p.email FROM people p JOIN participations pa ON pa.company_id = p.company_id
       JOIN events e ON e.id = pa.event_id WHERE e.name = ? AND p.country = ? AND p.email IS NOT NULL`,
      event,
      country,
    );
    expect(expected.size).toBeGreaterThan(0);
    const got = (q: string): Set<unknown> => new Set(column(f.ask(q), 'email').filter((e) => e !== null));
    expect(got(`anyone from ${country} at ${event}?`)).toEqual(expected);
    // the preposition typed short, and the companies of the event said with a noun
    expect(got(`any1 frm ${country} working at the ${event} companies`)).toEqual(expected);
  });

  it('a pronoun from the sponsors of an event, then "based in" a country: the people there, never the companies', () => {
    const f = demo.fixture();
    // the event and people's country with the most people at its sponsors
    const { name: event, country } = f.db
      .prepare(
        `SELECT e.name AS name, p.country AS country FROM events e JOIN participations pa ON pa.event_id = e.id
         JOIN people p ON p.company_id = pa.company_id WHERE p.email IS NOT NULL AND p.country IS NOT NULL
         AND pa.relation = 'sponsor' GROUP BY e.id, p.country ORDER BY COUNT(DISTINCT p.id) DESC, e.id, p.country LIMIT 1`,
      )
      .get() as { name: string; country: string };
    const expected = f.oracle(
      `SELECT DISTINCT p.email FROM people p JOIN participations pa ON pa.company_id = p.company_id
       JOIN events e ON e.id = pa.event_id WHERE e.name = ? AND pa.relation = 'sponsor' AND p.country = ?
       AND p.email IS NOT NULL`,
      event,
      country,
    );
    expect(expected.size).toBeGreaterThan(0);
    const got = (q: string): Set<unknown> => new Set(column(f.ask(q), 'email').filter((e) => e !== null));
    expect(got(`any1 from the ${event} sponsors thats based in ${country}?`)).toEqual(expected);
    expect(got(`someone from the ${editionless(event)} sponsors based in ${country}`)).toEqual(expected);
  });

  it('a pronoun tied to an event is the people at its companies, and an exception removes from those people', () => {
    const f = demo.fixture();
    // the event with the most people at its companies
    const event = (
      f.db
        .prepare(
          `SELECT e.name AS name FROM events e JOIN participations pa ON pa.event_id = e.id
           JOIN people p ON p.company_id = pa.company_id WHERE p.email IS NOT NULL
           GROUP BY e.id ORDER BY COUNT(DISTINCT p.id) DESC, e.id LIMIT 1`,
        )
        .get() as { name: string }
    ).name;
    const emails = (sql: string): Set<unknown> => f.oracle(sql, event);
    const atEvent = `SELECT DISTINCT p.email FROM people p JOIN participations pa ON pa.company_id = p.company_id
      JOIN events e ON e.id = pa.event_id WHERE e.name = ? AND p.email IS NOT NULL`;
    const got = (q: string): Set<unknown> => new Set(column(f.ask(q), 'email').filter((e) => e !== null));
    expect(got(`anyone at ${event}?`)).toEqual(emails(atEvent));
    // "except the sponsors": the people of that event's sponsors are left out, not of every event's
    const sponsorsPeople = `SELECT p.email FROM people p JOIN participations pa ON pa.company_id = p.company_id
      JOIN events e ON e.id = pa.event_id WHERE e.name = ? AND pa.relation = 'sponsor'`;
    const expected = new Set([...emails(atEvent)].filter((x) => !emails(sponsorsPeople).has(x)));
    expect(expected.size).toBeGreaterThan(0);
    expect(expected.size).toBeLessThan(emails(atEvent).size);
    expect(got(`anybody at ${event} except the sponsors`)).toEqual(expected);
    // "but" after the pronoun is "except" as after "everyone"
    expect(got(`anyone at ${event} but the sponsors`)).toEqual(expected);
  });

  it('a pronoun right before a relation verb is its subject: "anyone sponsoring both X and Y" is the companies in both', () => {
    const f = demo.fixture();
    // two events that share a sponsor (and do not share all of them)
    const pair = f.db
      .prepare(
        `SELECT a.name AS a, b.name AS b FROM participations pa JOIN participations pb ON pb.company_id = pa.company_id
         JOIN events a ON a.id = pa.event_id JOIN events b ON b.id = pb.event_id
         WHERE pa.relation = 'sponsor' AND pb.relation = 'sponsor' AND a.name < b.name
         GROUP BY a.id, b.id ORDER BY COUNT(*) DESC, a.name, b.name LIMIT 1`,
      )
      .get() as { a: string; b: string } | undefined;
    if (!pair) throw new Error('the demo data has no two events sharing a sponsor');
    const sponsorsOf = (event: string): Set<unknown> =>
      f.oracle(
        `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
         WHERE p.relation = 'sponsor' AND e.name = ?`,
        event,
      );
    const inA = sponsorsOf(pair.a);
    const both = new Set([...sponsorsOf(pair.b)].filter((x) => inA.has(x)));
    const asked = f.ask(`anyone sponsoring both ${pair.a} and ${pair.b}?`);
    expect(new Set(column(asked, 'company'))).toEqual(both);
  });

  it('a pronoun that does the verb is not read as people ("is anyone sponsoring X")', () => {
    const f = demo.fixture();
    const event = (f.db.prepare(`SELECT name FROM events ORDER BY id LIMIT 1`).get() as { name: string }).name;
    const asked = f.ask(`is anyone sponsoring ${event}?`);
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/^people/);
  });
  it('after a list of companies, "anyone at those companies / at them based in <country>" is their people there', () => {
    const f = demo.fixture();
    // the event and the people's country with the most people at its sponsors
    const { name: event, country } = f.db
      .prepare(
        `SELECT e.name AS name, p.country AS country FROM events e JOIN participations pa ON pa.event_id = e.id
         JOIN people p ON p.company_id = pa.company_id WHERE p.email IS NOT NULL AND p.country IS NOT NULL
         AND pa.relation = 'sponsor' GROUP BY e.id, p.country ORDER BY COUNT(DISTINCT p.id) DESC, e.id, p.country LIMIT 1`,
      )
      .get() as { name: string; country: string };
    const expected = f.oracle(
      `SELECT DISTINCT p.email FROM people p JOIN participations pa ON pa.company_id = p.company_id
       JOIN events e ON e.id = pa.event_id WHERE e.name = ? AND pa.relation = 'sponsor' AND p.country = ?
       AND p.email IS NOT NULL`,
      event,
      country,
    );
    expect(expected.size).toBeGreaterThan(0);
    const first = `which companies sponsor ${event}?`;
    for (const follow of [
      `ok, anyone at those companies based in ${country}?`,
      `anybody at these companies based in ${country}`,
      `anyone at them based in ${country}?`,
    ]) {
      const asked = f.ask(first, follow);
      expect(asked.kind === 'sql' ? asked.interpretation : '', follow).toMatch(/^people/);
      expect(new Set(column(asked, 'email').filter((e) => e !== null)), follow).toEqual(expected);
    }
  });
});
