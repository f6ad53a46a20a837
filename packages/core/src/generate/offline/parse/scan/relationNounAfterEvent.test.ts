import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, columns, demoFixture, realFixture, type Fixture } from '../../testkit';

describe('a relation noun after an event name names the companies', () => {
  let f: Fixture;
  let event: string;
  beforeAll(async () => {
    f = await demoFixture();
    // the event with the most partners that have a known size
    event = String(
      [
        ...f.oracle(
          `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id JOIN companies c ON c.id = p.company_id
           WHERE p.relation = 'partner' AND c.employees_min IS NOT NULL GROUP BY e.id ORDER BY COUNT(*) DESC, e.name LIMIT 1`,
        ),
      ][0],
    );
  });
  afterAll(() => f.close());

  const partners = (): Set<unknown> =>
    f.oracle(
      `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
       WHERE p.relation = 'partner' AND e.name = ?`,
      event,
    );

  it('"<event> partners with more than N employees" answers with partner companies, not the event', () => {
    const asked = f.ask(`${event} partners with more than 1 employees`);
    expect(columns(asked)).not.toContain('event');
    const names = column(asked, 'company');
    expect(names.length).toBeGreaterThan(0);
    const all = partners();
    for (const n of names) expect(all.has(n)).toBe(true);
  });

  it('"how many <event> partners" counts the partner companies, not the event (no name after the word)', () => {
    for (const q of [`how many ${event} partners`, `# of ${event} partners?`, `how many ${event} partners are there`]) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('sql');
      if (asked.kind !== 'sql') continue;
      expect(asked.interpretation, q).toMatch(/^number of companies that are partners/);
      expect(asked.rows[0]?.[0], q).toBe(partners().size);
    }
  });
});

describe('a relation noun after an event name typed loosely (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (hasRealData) f = await realFixture();
    else warnIfNoRealData('relationNounAfterEvent');
  });
  afterAll(() => f?.close());

  it('"<name with a slip> partners with N+ staff" is the partners, though the name is read only after the lexicon', ({
    skip,
  }) => {
    if (!f) return skip();
    const fx = f;
    // events with partners of a known size, typed in lower case with a slip (some slips only the loose-name reader
    // takes, after the lexicon has read "partners with" as a verb)
    const rows = fx.db
      .prepare(
        `SELECT e.name AS name FROM events e JOIN participations p ON p.event_id = e.id JOIN companies c ON c.id = p.company_id
         WHERE p.relation = 'partner' AND c.employees_min >= 1000 GROUP BY e.id ORDER BY e.name`,
      )
      .all() as { name: string }[];
    let tried = 0;
    for (const { name } of rows) {
      const words = name.toLowerCase().split(' ');
      if (words.length < 3 || words.some((x) => !/^[a-z]+$/.test(x))) continue;
      // each word of the name's own with one letter dropped (a doubled one first: "sumit"), the whole name typed or
      // all but its last word ("cyber security sumit"); never the last word itself (a place typed beside a name is
      // read later still)
      const slips = [words, words.slice(0, -1)].flatMap((typed) =>
        words.slice(0, -1).flatMap((w, k) => {
          if (w.length < 5) return [];
          const doubled = /(.)\1/.exec(w);
          const cut = doubled ? doubled.index : 3;
          return [typed.map((x, j) => (j === k ? x.slice(0, cut) + x.slice(cut + 1) : x)).join(' ')];
        }),
      );
      for (const slip of slips) {
        const asked = fx.ask(`${slip} partners with 1000+ staff`);
        if (asked.kind !== 'sql' || !asked.interpretation.includes(name)) continue;
        tried++;
        const expected = fx.oracle(
          `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
         WHERE p.relation = 'partner' AND e.name = ? AND c.employees_min >= 1000`,
          name,
        );
        expect(new Set(column(asked, 'company')), slip).toEqual(expected);
      }
    }
    if (tried === 0) skip();
  });

  it('"<name> sg sponsors with N+ staff": a place typed beside the name is part of it, the relation noun still heads', ({
    skip,
  }) => {
    if (!f) return skip();
    const fx = f;
    // events named "... Singapore" with sponsors or partners of a known size, typed with "sg" for the place
    const rows = fx.db
      .prepare(
        `SELECT e.name AS name, p.relation AS relation FROM events e JOIN participations p ON p.event_id = e.id
         JOIN companies c ON c.id = p.company_id
         WHERE p.relation IN ('partner', 'sponsor') AND c.employees_min >= 1000 AND e.name LIKE '% Singapore'
         GROUP BY e.id, p.relation ORDER BY e.name, p.relation`,
      )
      .all() as { name: string; relation: string }[];
    let tried = 0;
    for (const { name, relation } of rows) {
      const typed = name.toLowerCase().replace(/ singapore$/, ' sg');
      const asked = fx.ask(`${typed} ${relation}s with 1000+ staff`);
      if (asked.kind !== 'sql' || !asked.interpretation.includes(name)) continue;
      tried++;
      expect(columns(asked), typed).not.toContain('event');
      const expected = fx.oracle(
        `SELECT c.name FROM companies c JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id
         WHERE p.relation = ? AND e.name = ? AND c.employees_min >= 1000`,
        relation,
        name,
      );
      expect(new Set(column(asked, 'company')), typed).toEqual(expected);
    }
    if (tried === 0) skip();
  });
});

describe('a relation noun after an event named by its short form (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (hasRealData) f = await realFixture();
    else warnIfNoRealData('relationNounAfterEvent short forms');
  });
  afterAll(() => f?.close());

  it('"how many <short name> sponsors / partners" counts the companies, not the event', ({ skip }) => {
    if (!f) return skip();
    for (const q of ['how many dmwf sponsors', 'how many cleantech partners', '# of ABS partners?']) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('sql');
      if (asked.kind === 'sql')
        expect(asked.interpretation, q).toMatch(/^number of companies that are (sponsors|partners)/);
    }
  });
});
