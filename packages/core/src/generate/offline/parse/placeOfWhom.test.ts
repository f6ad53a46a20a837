import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, demoFixture, realFixture, sql, type Fixture } from '../testkit';

/** Whose place a country is: the people's (where they are based) or their companies' (headquarters). Demo data. */
describe('a place of the people or of their companies', () => {
  let f: Fixture;
  /** The demo's most common company country (generated data). */
  let country = '';
  beforeAll(async () => {
    f = await demoFixture();
    country = String(
      [
        ...f.oracle(
          `SELECT country FROM companies WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC LIMIT 1`,
        ),
      ][0],
    );
  });
  afterAll(() => f.close());

  const people = (where: string): Set<unknown> =>
    f.oracle(`SELECT p.email FROM people p LEFT JOIN companies c ON c.id = p.company_id WHERE ${where}`, country);

  it.each([
    'people who work for companies in X',
    'contacts who are at firms in X',
    'staff at firms headquartered in X',
    'who works at companies in X',
  ])("%s: the companies' country", (q) => {
    const expected = people('c.country = ?');
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q.replace('X', country)), 'email'))).toEqual(expected);
  });

  it.each(['who is based in X', 'people based in X', 'people who are based in X'])("%s: the people's country", (q) => {
    const expected = people('p.country = ?');
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q.replace('X', country)), 'email'))).toEqual(expected);
  });

  // both places in one question: the person's own and, after the companies noun, the companies' (a question of
  // this test's own); read as an "or" of the two countries on the people before
  it.each([
    'people based in X who work at companies headquartered in Y',
    'contacts located in X who work for firms based in Y',
    'list the staff based in X who are employed by companies headquartered in Y',
  ])("%s: the people's country and their companies'", (q) => {
    const [other] = f.oracle(
      `SELECT c.country FROM people p JOIN companies c ON c.id = p.company_id WHERE p.country = ? AND c.country <> ? GROUP BY c.country ORDER BY count(*) DESC LIMIT 1`,
      country,
      country,
    );
    const expected = f.oracle(
      `SELECT p.email FROM people p JOIN companies c ON c.id = p.company_id WHERE p.country = ? AND c.country = ?`,
      country,
      other,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q.replace('X', country).replace('Y', String(other))), 'email'))).toEqual(expected);
  });
});

/**
 * Whose place "based / located / sitting in" gives is the noun the phrase describes, by the grammar: the subject of
 * "is based in" ("who from the companies at X is based in India": the people), the question's head after a clause
 * break ("sdrs at X partners - based in Malaysia"), the noun right before it ("companies at X based in India");
 * "headquartered in" and "companies from" are the companies' only. Real data: the people's own country differs from
 * their companies' for these events, so the two readings give different rows.
 */
describe.skipIf(!hasRealData)('whose place: the people asked for or their companies (real data)', () => {
  warnIfNoRealData('placeOfWhom');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const CASES: readonly (readonly [string, string])[] = [
    ['Aviation Festival Asia 2025', 'India'],
    ['Global Space and Technology Convention 2025', 'Japan'],
    ['Cyber Security Summit Singapore', 'Malaysia'],
  ];
  const peopleAt = (event: string, where: string, country: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT p.full_name FROM people p LEFT JOIN companies c ON c.id = p.company_id
       WHERE p.company_id IN (SELECT pa.company_id FROM participations pa JOIN events e ON e.id = pa.event_id
                              WHERE e.name = ?) AND ${where} = ?`,
      event,
      country,
    );

  it.each(
    CASES.flatMap(([e, c]) =>
      [
        `who from the companies at ${e} is based in ${c}?`,
        `which people from the companies at ${e} are located in ${c}`,
        `who at the companies attending ${e} is sitting in ${c}`,
        `staff of companies at ${e} - based in ${c}`,
        `folks at companies attending ${e}, sitting in ${c}`,
        `people located in ${c} who work for companies at ${e}`,
        `staff in ${c} at companies attending ${e}`,
        // a person's own posture or home: whatever noun comes before, never a company's
        `folks from the companies at ${e} sitting in ${c}`,
        `anyone from the companies at ${e} living in ${c}`,
      ].map((q) => [q, e, c] as const),
    ),
  )("%s: the people's own country", (q, e, c) => {
    const expected = peopleAt(e, 'p.country', c);
    expect(expected.size).toBeGreaterThan(0);
    expect(expected).not.toEqual(peopleAt(e, 'c.country', c));
    expect(new Set(column(f.ask(q), 'full_name'))).toEqual(expected);
  });

  it.each(
    CASES.flatMap(([e, c]) =>
      [
        `people at companies headquartered in ${c} attending ${e}`,
        `who works at companies from ${c} that attend ${e}`,
        `staff of companies based in ${c} taking part in ${e}`,
        `employees of firms HQ'd in ${c} at ${e}`,
      ].map((q) => [q, e, c] as const),
    ),
  )("%s: their companies' country", (q, e, c) => {
    const expected = peopleAt(e, 'c.country', c);
    expect(new Set(column(f.ask(q), 'full_name'))).toEqual(expected);
  });

  // when the answer is people, "based / located in" after a relation noun of their companies is where the people
  // are (the noun names the companies by their part at the event, not as the thing placed); a headquarters is still
  // the companies'
  const peopleOfRelation = (relation: string, event: string, where: string, country: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT p.full_name FROM people p LEFT JOIN companies c ON c.id = p.company_id
       WHERE p.company_id IN (SELECT pa.company_id FROM participations pa JOIN events e ON e.id = pa.event_id
                              WHERE e.name = ? AND pa.relation = ?) AND ${where} = ?`,
      event,
      relation,
      country,
    );
  /** Each case's relation with people of that country at the event (Cyber Security Summit has no such sponsor). */
  const RELATION_CASES = CASES.map(([e, c]) => [e, c, e.startsWith('Cyber') ? 'partner' : 'sponsor'] as const);
  it.each(
    RELATION_CASES.flatMap(([e, c, r]) =>
      [`ppl at ${e} ${r}s based in ${c}`, `contacts at the ${e} ${r}s located in ${c}`].map(
        (q) => [q, e, c, r] as const,
      ),
    ),
  )("%s: the people's own country after a relation noun", (q, e, c, r) => {
    const expected = peopleOfRelation(r, e, 'p.country', c);
    expect(expected.size).toBeGreaterThan(0);
    expect(expected).not.toEqual(peopleOfRelation(r, e, 'c.country', c));
    expect(new Set(column(f.ask(q), 'full_name'))).toEqual(expected);
  });
  it.each(RELATION_CASES.map(([e, c, r]) => [`ppl at ${e} ${r}s headquartered in ${c}`, e, c, r] as const))(
    "%s: a headquarters stays the companies'",
    (q, e, c, r) => {
      expect(new Set(column(f.ask(q), 'full_name'))).toEqual(peopleOfRelation(r, e, 'c.country', c));
    },
  );

  it.each(CASES.map(([e, c]) => [`companies at ${e} headquartered in ${c}`, e, c] as const))(
    '%s: the companies',
    (q, e, c) => {
      const expected = f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
         JOIN events e ON e.id = pa.event_id WHERE e.name = ? AND c.country = ?`,
        e,
        c,
      );
      expect(new Set(column(f.ask(q), 'company'))).toEqual(expected);
    },
  );

  // a relative clause on the company noun after the event's name: "that r" (the shorthand copula) is "that are", so
  // the place is the companies' headquarters, not the event's (before, "r" was a filler letter and the place was
  // read as the event's: every partner of the event was answered)
  it.each([
    'partners of Cyber Security Summit Singapore that r in singapore',
    'partners of Cyber Security Summit Singapore which r based in singapore',
    'partners of Cyber Security Summit Singapore that are in singapore',
  ])("%s: the companies' headquarters", (q) => {
    const expected = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       JOIN events e ON e.id = pa.event_id WHERE e.name = ? AND pa.relation = 'partner' AND c.country = ?`,
      'Cyber Security Summit Singapore',
      'Singapore',
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q), 'company'))).toEqual(expected);
  });

  // "based / located / situated in" said of a noun of events (right after it, or after "that are") is where the
  // events are held, whatever the question asks for: the same SQL as "events in X"
  it.each([
    [
      'people working in sales at companies participating in events located in Singapore',
      'sales people at companies attending events in Singapore',
    ],
    ['companies attending events based in Japan', 'companies attending events in Japan'],
    ['people at companies at events that are situated in India', 'people at companies at events in India'],
    [
      'which events that pharma companies attend are located in Singapore',
      'which events in Singapore do pharma companies attend',
    ],
  ])("%s: the events' place", (q, same) => {
    expect(sql(f.ask(q))).toBe(sql(f.ask(same)));
  });
});
