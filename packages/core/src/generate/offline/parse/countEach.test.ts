import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { demoFixture, realFixture, type Fixture } from '../testkit';

describe('counts per member of a narrowed set (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  /** The result as "name -> number" (first column, last column). */
  const pairs = (q: string): Map<unknown, unknown> => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return new Map(asked.rows.map((r) => [r[0], r[r.length - 1]]));
  };
  const oracle = (sql: string): Map<unknown, unknown> =>
    new Map((f.db.prepare(sql).raw(true).all() as unknown[][]).map((r) => [r[0], r[1]]));
  const perEvent = (where: string, relation?: string): string =>
    `SELECT e.name, (SELECT COUNT(DISTINCT pa.company_id) FROM participations pa WHERE pa.event_id = e.id${
      relation ? ` AND pa.relation = '${relation}'` : ''
    }) FROM events e WHERE ${where}`;
  const window = `start_date BETWEEN '2024-07-15' AND '2025-01-15'`;

  it.each([
    ['for each event in the next 6 months, how many companies', perEvent(window)],
    ['how many sponsors does each event in the next 6 months have?', perEvent(window, 'sponsor')],
    ['number of companies by event for events in the next 6 months', perEvent(window)],
    ['how many companies attend each of the events in the next 6 months', perEvent(window)],
    ['events in the next 6 months and how many exhibitors each has', perEvent(window, 'exhibitor')],
    // a pronoun standing for the member the quantifier ranges over: no second turn asked of the whole window
    ['for every event in the next 6 months, how many companies are attending it?', perEvent(window)],
    ['for each event in the next 6 months, how many exhibitors does it get', perEvent(window, 'exhibitor')],
  ])('one row per event of the window, none missing and none added: %s', (q, sql) => {
    const expected = oracle(sql);
    expect(expected.size).toBeGreaterThan(1);
    expect(pairs(q)).toEqual(expected);
  });

  // a bare "how many each" after a set said with the rows it has: those rows counted per member, the members with none
  // left out (the set was said as having them)
  it.each([
    ['events in the next 6 months w/ cos signed up - how many each?', undefined],
    ['next 6 months events that have sponsors, how many each', 'sponsor'],
    ['upcoming events in the next 6 months with companies signed up. how many each?', undefined],
    ['events in the next 6 months with speakers and how many each', 'speaker'],
    ['which events in the next 6 months have partners? how many each?', 'partner'],
  ])('a bare "how many each" counts the rows the set has, per member: %s', (q, relation) => {
    const expected = new Map([...oracle(perEvent(window, relation)).entries()].filter(([, n]) => n !== 0));
    expect(expected.size).toBeGreaterThan(1);
    expect(pairs(q)).toEqual(expected);
  });

  // a follow-up: "each of them / those" stands for the earlier answer's events, so every one of them is listed (zero
  // included), never the counted rows grouped by event (which left out the events with none)
  it.each([
    'how many REL does each of them have?',
    'for each of those, how many REL',
    'and how many REL does each of these get',
  ])('a count per member of the earlier answer lists every member: %s', (q) => {
    // a relation some events of the window have none of: those events must be listed with 0
    const relation = ['partner', 'speaker', 'exhibitor', 'sponsor'].find((r) =>
      [...oracle(perEvent(window, r)).values()].includes(0),
    );
    if (!relation) throw new Error('every event of the demo window has every relation');
    const asked = f.ask('events in the next 6 months', q.replace('REL', `${relation}s`));
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    expect(new Map(asked.rows.map((r) => [r[0], r[r.length - 1]]))).toEqual(oracle(perEvent(window, relation)));
  });

  // people reach events through their company: the window picks the events counted for (none outside it, the ones
  // with nobody kept), not only the people whose companies' other events came back as groups
  it.each([
    'per event, how many marketing people do we have at the companies going? only events in the next 6 months',
    'for each event in the next 6 months, how many marketing people at the companies attending',
  ])('people counted per event of a window: %s', (q) => {
    const expected = oracle(
      `SELECT e.name, (SELECT COUNT(DISTINCT p.id) FROM participations pa JOIN people p ON p.company_id = pa.company_id
         JOIN person_job_functions f ON f.person_id = p.id AND f.job_function = 'marketing' WHERE pa.event_id = e.id)
       FROM events e WHERE ${window}`,
    );
    const got = pairs(q);
    expect([...got.keys()].every((k) => expected.has(k))).toBe(true);
    for (const [k, v] of got) expect(v).toBe(expected.get(k));
    expect(got.size).toBeGreaterThan(1);
  });

  it('one row per company of a named event with its number of people', () => {
    const event = String(
      [
        ...f.oracle(
          `SELECT e.name FROM events e JOIN participations pa ON pa.event_id = e.id GROUP BY e.id ORDER BY COUNT(*) DESC LIMIT 1`,
        ),
      ][0],
    );
    const expected = oracle(
      `SELECT c.name, (SELECT COUNT(*) FROM people p WHERE p.company_id = c.id) FROM companies c
       WHERE c.id IN (SELECT company_id FROM participations WHERE event_id IN (SELECT id FROM events WHERE name = '${event.replace(/'/g, "''")}'))`,
    );
    expect(pairs(`for each company at ${event}, how many people do we have`)).toEqual(expected);
  });

  it.each([
    ['for each of the {E} speakers, how many people do we have there', 'speaker'],
    ['how many contacts at each of the {E} sponsors', 'sponsor'],
    ['number of people per {E} speaker', 'speaker'],
  ])("an event name before the quantified noun keeps the noun's relation: %s", (q, relation) => {
    // the name between "each of the" and the noun ended the search for the quantified set: the people were counted
    // by every company at the event, whatever its relation (a broader set)
    const event = String(
      [
        ...f.oracle(
          `SELECT e.name FROM events e JOIN participations pa ON pa.event_id = e.id
           GROUP BY e.id HAVING SUM(pa.relation = 'speaker') > 0 AND SUM(pa.relation = 'sponsor') > 0
           ORDER BY COUNT(*) DESC LIMIT 1`,
        ),
      ][0],
    );
    const expected = oracle(
      `SELECT c.name, (SELECT COUNT(*) FROM people p WHERE p.company_id = c.id) FROM companies c
       WHERE c.id IN (SELECT company_id FROM participations WHERE relation = '${relation}'
         AND event_id IN (SELECT id FROM events WHERE name = '${event.replace(/'/g, "''")}'))`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(pairs(q.replace('{E}', event))).toEqual(expected);
  });

  it('a grouping by a relation noun after an event name keeps the relation when it is ranked ("..., top 3")', () => {
    const event = String(
      [
        ...f.oracle(
          `SELECT e.name FROM events e JOIN participations pa ON pa.event_id = e.id
           GROUP BY e.id HAVING SUM(pa.relation = 'speaker') > 0 AND SUM(pa.relation <> 'speaker') > 3
           ORDER BY COUNT(*) DESC LIMIT 1`,
        ),
      ][0],
    );
    const speakers = f.oracle(
      `SELECT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       JOIN events e ON e.id = pa.event_id WHERE pa.relation = 'speaker' AND e.name = ?`,
      event,
    );
    const q = `how many contacts for each of the ${event} speakers, top 3`;
    const asked = f.ask(q);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/speakers of events named/);
    const grouped = pairs(q);
    for (const company of grouped.keys()) expect(speakers).toContain(company);
  });

  it('"per event" over every event keeps its grouping', () => {
    const asked = f.ask('number of sponsors per event');
    expect(asked.kind === 'sql' && asked.sql).toMatch(/GROUP BY/);
  });

  it('an average over a set said to have the counted rows averages over that set only', () => {
    // the condition word before the noun ("upcoming events") used to leave "with more than N companies" on the
    // counted companies, where it narrowed nothing: the average ran over every upcoming event
    const average = (least: number): number => {
      const [row] = f.db
        .prepare(
          `SELECT AVG(n) FROM (SELECT (SELECT COUNT(DISTINCT pa.company_id) FROM participations pa
           WHERE pa.event_id = e.id) AS n FROM events e WHERE e.start_date >= '2024-07-15') WHERE n > ?`,
        )
        .raw(true)
        .all(least) as unknown[][];
      return Number(row?.[0]);
    };
    const asked = f.ask(
      'among upcoming events with more than 10 companies, what is the average number of companies per event?',
    );
    if (asked.kind !== 'sql') throw new Error(asked.kind);
    expect(average(10)).not.toBeCloseTo(average(-1), 3);
    expect(asked.rows[0]?.[0]).toBeCloseTo(average(10), 9);
  });

  it.each([
    ['average number of sponsors across all events', 'average number of sponsors per event'],
    ['avg number of speakers over all events in 2024', 'average number of speakers per event in 2024'],
  ])('"across" / "over" a set after an average is per member: %s', (q, plain) => {
    const asked = f.ask(q);
    const expected = f.ask(plain);
    expect(asked.kind === 'sql' && asked.rows).toEqual(expected.kind === 'sql' && expected.rows);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/^average number of/);
  });

  it('"across all events" in a count with no average is one total, not a number per event', () => {
    const asked = f.ask('how many companies across all events in 2025');
    expect(asked.kind === 'sql' && asked.rows.length).toBe(1);
  });

  it('an average with nothing it is per is asked about, never dropped into a count', () => {
    expect(f.ask('average number of sponsors').kind).toBe('clarify');
  });

  it('"how many people on average per company" is the average over every company, its people counted', () => {
    const asked = f.ask('how many people on average per company');
    const expected = f.db
      .prepare(
        'SELECT AVG(n) FROM (SELECT (SELECT COUNT(*) FROM people p WHERE p.company_id = c.id) AS n FROM companies c)',
      )
      .pluck()
      .get() as number;
    expect(asked.kind === 'sql' && asked.rows[0]?.[0]).toBeCloseTo(expected, 9);
  });

  it('an average with no quantifier is per the other set noun: "how many sponsors on average do events ... have"', () => {
    const asked = f.ask('how many sponsors on average do events in the next 6 months have');
    const expected = f.ask('average number of sponsors per event in the next 6 months');
    expect(asked.kind === 'sql' && asked.rows).toEqual(expected.kind === 'sql' && expected.rows);
  });

  it('an average over a grouping that counts is asked about, never dropped', () => {
    expect(f.ask('average number of people by country').kind).toBe('clarify');
  });

  it('"(only events with sponsors)" after a window narrows the events averaged over, not the sponsors counted', () => {
    const asked = f.ask('avg no. of sponsors per event in the next 6 months (only events with sponsors)');
    const expected = f.ask('among events in the next 6 months with sponsors, the average number of sponsors per event');
    expect(asked.kind === 'sql' && asked.rows).toEqual(expected.kind === 'sql' && expected.rows);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/with sponsors/);
  });
});

describe.runIf(hasRealData)('a relative clause of having the counted relation (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const perEvent = (year: string, relation: string): Map<unknown, unknown> =>
    new Map(
      (
        f.db
          .prepare(
            `SELECT e.name, COUNT(DISTINCT pa.company_id) FROM events e JOIN participations pa ON pa.event_id = e.id
             WHERE pa.relation = ? AND e.start_date LIKE ? GROUP BY e.id`,
          )
          .raw(true)
          .all(relation, `${year}-%`) as unknown[][]
      ).map((r) => [r[0], r[1]]),
    );

  it.each([
    ['Among the events starting in 2025 that have sponsors, how many sponsors does each one have?', '2025', 'sponsor'],
    ['how many speakers do the 2024 events that have speakers each have', '2024', 'speaker'],
    // "each" closing the question, the set fronted with "for the ...": the restriction is no second set, so the
    // count is still per event (not one total of companies over both)
    ['for the 2025 events that have sponsors, how many sponsors each?', '2025', 'sponsor'],
    ['for the 2024 events with speakers listed, how many speakers each', '2024', 'speaker'],
    // ... with an aside on the answer's form between the question and the fronted set
    ['for the 2025 events with sponsors, how many sponsors each? (in a table pls)', '2025', 'sponsor'],
  ])('narrows the set counted over, no member with none: %s', (q, year, relation) => {
    // "that have sponsors" was read as the sponsors said again (a second link of the counted companies to the same
    // events), so every event of the year came back, those with none at 0
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(asked.kind);
    const expected = perEvent(year, relation);
    expect(expected.size).toBeGreaterThan(1);
    expect(new Map(asked.rows.map((r) => [r[0], r[r.length - 1]]))).toEqual(expected);
  });
});
