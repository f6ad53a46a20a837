import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

warnIfNoRealData('lexicon phrases under their context rules');

/** A dimension word is a grouping after "by" / "per", also with a possessive between them ("by their role"). */
describe.runIf(hasRealData)('dimensions after a grouping word (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const byRelation = (event: string): Map<string, number> =>
    new Map(
      f.db
        .prepare(
          `SELECT p.relation, COUNT(*) FROM participations p JOIN events e ON e.id = p.event_id
           WHERE e.name = ? GROUP BY p.relation`,
        )
        .raw(true)
        .all(event) as [string, number][],
    );

  it.each([
    'Break down the companies at Commodity Trading Week APAC by their role at the event, with a count for each.',
    'companies at Commodity Trading Week APAC by their role, with counts',
    'count the companies at Commodity Trading Week APAC per their type',
    // the manner of taking part said as a clause (i017 listed the companies, the clause dropped)
    "break down the companies at Commodity Trading Week APAC by how they're involved",
    'companies at Commodity Trading Week APAC by how they participate',
    // the relations listed name the grouping's rows, no conditions that must all hold (i017 was refused)
    "Break down the companies at Commodity Trading Week APAC by how they're involved: how many sponsors, partners, exhibitors and so on?",
    'companies at Commodity Trading Week APAC by role - sponsors, partners, exhibitors',
  ])('a possessive between "by" and the dimension: %s', (q) => {
    const asked = f.ask(q);
    expect(asked.kind === 'sql' && new Map(asked.rows as [string, number][])).toEqual(
      byRelation('Commodity Trading Week APAC'),
    );
  });

  it.each([
    ['split the companies at AHICE South East Asia by the way they take part', 'AHICE South East Asia'],
    ['count the AHICE South East Asia companies by how they attend', 'AHICE South East Asia'],
    ['companies at Cyber Security Summit Singapore grouped by how each takes part', 'Cyber Security Summit Singapore'],
    [
      "how many companies at Cyber Security Summit Singapore, by how they're linked to it",
      'Cyber Security Summit Singapore',
    ],
  ])('the manner of taking part said with any verb of taking part: %s', (q, event) => {
    const asked = f.ask(q);
    expect(asked.kind === 'sql' && new Map(asked.rows as [string, number][])).toEqual(byRelation(event));
  });

  it('a list of relations that is the set asked stays its condition under the grouping', () => {
    const asked = f.ask('sponsors and partners of Commodity Trading Week APAC by role');
    const all = byRelation('Commodity Trading Week APAC');
    expect(asked.kind === 'sql' && new Map(asked.rows as [string, number][])).toEqual(
      new Map([...all].filter(([r]) => r === 'sponsor' || r === 'partner')),
    );
  });

  it.each([
    ['how many different countries are the companies at Aviation Festival Asia 2025 from', 'c.country'],
    ['how many different industries are the sponsors of GSTC in', 'ci.industry'],
  ])('"different" after a count is distinct values, not other events: %s', (q, value) => {
    const event = q.includes('GSTC') ? 'Global Space and Technology Convention 2025' : 'Aviation Festival Asia 2025';
    const relation = q.includes('sponsors') ? `AND p.relation = 'sponsor'` : '';
    const expected = f.db
      .prepare(
        `SELECT COUNT(DISTINCT ${value}) FROM companies c JOIN company_industries ci ON ci.company_id = c.id
         JOIN participations p ON p.company_id = c.id JOIN events e ON e.id = p.event_id WHERE e.name = ? ${relation}`,
      )
      .pluck()
      .get(event);
    const asked = f.ask(q);
    expect(asked.kind === 'sql' && asked.rows[0]?.[0]).toBe(expected);
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/other than/);
  });

  it.each([
    ['the busiest month for events in 2024', 'the month with the most events in 2024'],
    ['most popular venue', 'the venue with the most events'],
    [
      'which is the most popular industry among AHICE South East Asia sponsors',
      'the most common industry among AHICE South East Asia sponsors',
    ],
    ['quietest month in 2025', 'the month with the fewest events in 2025'],
  ])('popularity of a dimension is how often its value comes up: %s', (q, plain) => {
    const asked = f.ask(q);
    const expected = f.ask(plain);
    expect(asked.kind === 'sql' && asked.rows).toEqual(expected.kind === 'sql' && expected.rows);
    expect(asked.kind === 'sql' && asked.rows.length).toBeGreaterThan(0);
  });

  it('popularity of anything but a dimension is asked about (the data holds no popularity)', () => {
    expect(f.ask('most popular events in singapore').kind).toBe('clarify');
  });

  it.each([
    [
      'total employees across the sponsors of AHICE South East Asia',
      'how many people at the sponsors of AHICE South East Asia',
    ],
    [
      'total revenue across the sponsors of AHICE South East Asia',
      'total revenue of the sponsors of AHICE South East Asia',
    ],
  ])('"across" a set of the data is its scope, no grouping: %s', (q, plain) => {
    const asked = f.ask(q);
    const expected = f.ask(plain);
    expect(asked.kind === 'sql' && asked.rows).toEqual(expected.kind === 'sql' && expected.rows);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/sponsors/);
  });

  it('"their role" with no grouping word before it is no grouping', () => {
    const asked = f.ask('what is their role at Commodity Trading Week APAC');
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/counted by relation/);
  });

  it.each(['which quarter of 2025 has the most events', 'events per quarter', 'top 3 quarters by number of events'])(
    'the calendar quarter groups: %s',
    (q) => {
      const asked = f.ask(q);
      expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/counted by quarter/);
    },
  );

  it.each(['do a quarter of the events take place in singapore', 'are three quarters of the sponsors from the US'])(
    'a fraction is no calendar quarter (never grouped by one): %s',
    (q) => {
      const asked = f.ask(q);
      expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/by quarter/);
    },
  );
});

/**
 * A noun of the entity before a dimension says whose dimension it is ("company countries", "event countries"), and
 * the words before that noun lead the grouping as they would lead the dimension itself: a number ("the top 3
 * company countries"), an ordering verb, "most common". Before, only "by / per / which ..." right before the noun led
 * it, and "countries" was asked back.
 */
describe.runIf(hasRealData)('a dimension after a noun of its entity (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** Companies per country, each company name once (a company listed under two domains is one company). */
  const companiesPerCountry = (limit: number): [string, number][] =>
    f.db
      .prepare(
        `SELECT country, COUNT(DISTINCT lower(name)) AS n FROM companies WHERE country IS NOT NULL
         GROUP BY country ORDER BY n DESC, country LIMIT ?`,
      )
      .raw(true)
      .all(limit) as [string, number][];

  it.each([
    ['Rank the top 3 company countries by number of companies.', 3],
    ['top 5 company countries', 5],
    ['top 3 countries by number of companies', 3],
  ])('%s', (q, limit) => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    expect(asked.rows.map((r) => [r[0], r[1]])).toEqual(companiesPerCountry(limit));
    expect(asked.interpretation).toContain('each company name once');
  });

  it('the noun of events before "countries" groups events ("the top 3 event countries")', () => {
    const asked = f.ask('Rank the top 3 event countries by number of events.');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/^events, counted by country/);
  });
});

/**
 * A grouping by a dimension said with its entity ("by company country", "by the companies' country", "by country of
 * headquarters"): the noun says whose dimension it is, and the rows are grouped by the dimension, not one row per
 * company with the dimension shown beside it (before, "by company" took the grouping and "country" became a column).
 * A company's country is shown with its two-letter code after the count.
 */
describe.runIf(hasRealData)('a grouping by a dimension said with its entity (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const EVENT = 'Aviation Festival Asia 2025';
  /**
   * The event's sponsors per headquarters country (name, code, companies by name), as a sorted list; those with no
   * known country are a group of their own (null).
   */
  const sponsorsPerCountry = (): string[] =>
    (
      f.db
        .prepare(
          `SELECT c.country, c.country_code, COUNT(DISTINCT c.name) FROM companies c
           WHERE c.id IN (SELECT pa.company_id FROM participations pa JOIN events e
             ON e.id = pa.event_id WHERE pa.relation = 'sponsor' AND e.name = ?)
           GROUP BY c.country, c.country_code`,
        )
        .raw(true)
        .all(EVENT) as [string, string, number][]
    )
      .map(([country, code, n]) => `${country}|${code}|${n}`)
      .sort();

  it.each([
    `Break down ${EVENT} sponsors by company country.`,
    `${EVENT} sponsors by company hq country`,
    `${EVENT} sponsors by the companies' country`,
    `${EVENT} sponsors grouped by the country of their headquarters`,
    `split the sponsors of ${EVENT} by country of headquarters`,
  ])('%s', (q) => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    expect(asked.interpretation).toMatch(/counted by country/);
    expect(asked.interpretation).not.toMatch(/showing/);
    expect(asked.columns).toEqual(['country', 'companies', 'country_code']);
    expect(asked.rows.map((r) => `${String(r[0])}|${String(r[2])}|${String(r[1])}`).sort()).toEqual(
      sponsorsPerCountry(),
    );
  });

  it('the industry said with its entity groups by industry ("by company industry")', () => {
    const asked = f.ask(`${EVENT} sponsors by company industry`);
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/counted by industry/);
    expect(asked.kind === 'sql' && asked.columns[0]).toBe('industry');
  });

  it('a noun of an entity before a kind of it stays the grouping it was ("companies by event")', () => {
    const asked = f.ask(`how many sponsors per event`);
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/by event/);
  });
});

/**
 * "roles" are the relations of participations where the question counts participations ("rank roles by how many
 * participations each has"), and people's job titles elsewhere ("what roles do people at X have").
 */
describe.runIf(hasRealData)('"roles" by what the question is about (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each(['rank roles by how many participations each has', 'rank the roles by number of company-event records'])(
    '%s: the participations grouped by relation',
    (q) => {
      const expected = new Map(
        f.db.prepare(`SELECT relation, COUNT(*) FROM participations GROUP BY relation`).raw(true).all() as [
          string,
          number,
        ][],
      );
      const asked = f.ask(q);
      expect(asked.kind === 'sql' && new Map(asked.rows as [string, number][])).toEqual(expected);
    },
  );

  it('the roles of people are their job titles', () => {
    const asked = f.ask('what roles do people at Seamless Asia 2025 have');
    expect(asked.kind === 'sql' && asked.columns).toContain('job_title');
  });
});

/** "every <noun> <modifiers> that ...": the noun is the set the relative clause describes, no grouping by it. */
describe.runIf(hasRealData)('"every" before a noun a relative clause describes (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('"every event in 2025 that is NOT happening in Singapore" lists the events, the place negated', () => {
    const q = 'every event in 2025 that is NOT happening in Singapore';
    const r = f.ask(q);
    if (r.kind !== 'sql') throw new Error(`${q}: ${r.kind}`);
    expect(r.interpretation).toContain('not in Singapore');
    expect(r.interpretation).not.toContain('counted by');
  });
});
