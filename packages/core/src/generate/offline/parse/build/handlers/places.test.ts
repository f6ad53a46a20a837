import { hasRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, firstColumnNames, realFixture, type Fixture } from '../../../testkit';

/**
 * A place right after a verb of taking part with no object ("cos sponsoring in singapore") is where the events are
 * held, not where the companies are headquartered (blind30 d069 read it as the headquarters).
 */
describe.skipIf(!hasRealData)('a place after a verb of taking part (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const names = (q: string): string[] => firstColumnNames(f.ask(q), q);

  it('cos over a thousand employees sponsoring in singapore: sponsors of events held in Singapore', () => {
    const expected = [
      ...f.oracle(
        `SELECT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id JOIN events e ON e.id = pa.event_id
         WHERE pa.relation = 'sponsor' AND e.country = 'Singapore' AND c.employees_min > 1000`,
      ),
    ]
      .map(String)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(names('cos over a thousand employees sponsoring in singapore')).toEqual(expected);
  });

  it('a place before the verb stays the companies\' own ("companies in singapore sponsoring events")', () => {
    const asked = f.ask('companies in singapore sponsoring events');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(
      /in Singapore \(headquarters\)|companies in Singapore/,
    );
  });
});

/**
 * A place with a place participle before a name and a noun of companies ("US-headquartered Cloud Expo Asia Singapore
 * 2024 companies") is the companies' headquarters, never the people's place (blind34 n022 put "in US" and "not in
 * US" both on the people: empty).
 */
describe.skipIf(!hasRealData)('a hyphenated place before a named noun of companies (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('the companies are headquartered there, the people based outside', () => {
    const asked = f.ask(
      'Which people at US-headquartered Cloud Expo Asia Singapore 2024 companies are based outside the United States?',
    );
    expect(asked.kind).toBe('sql');
    const expected = f.oracle(
      `SELECT DISTINCT p.full_name FROM people p JOIN companies c ON c.id = p.company_id
       WHERE c.country = 'United States' AND p.country <> 'United States'
         AND c.id IN (SELECT pa.company_id FROM participations pa JOIN events e ON e.id = pa.event_id
                      WHERE e.name = 'Cloud Expo Asia Singapore 2024')`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(asked, 'full_name'))).toEqual(expected);
  });
});

/**
 * A nationality said as a predicate after a named event ("sponsors of X that are swiss"): the event's place is known,
 * so it is the nationality of the rows asked, never a condition on where the named event is held (0 rows).
 */
describe.skipIf(!hasRealData)('a demonym predicated after a named event (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['who is sponsoring the aviation festival that is swiss or canadian', 'sponsor', ['CH', 'CA']],
    ['partners of worldchefs congress that are american', 'partner', ['US']],
    ['list the speakers at industrial transformation asia-pacific which are german', 'speaker', ['DE']],
  ])('%s: the companies of those countries', (q, relation, codes) => {
    const asked = f.ask(q);
    expect(asked.kind, q).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(asked.interpretation).toMatch(/\(headquarters\)/);
    const expected = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       WHERE pa.relation = ? AND c.country_code IN (${codes.map(() => '?').join(', ')})`,
      relation,
      ...codes,
    );
    // the companies of those countries in that relation (before: none, the event itself was placed there)
    expect(asked.rows.length).toBeGreaterThan(0);
    for (const r of asked.rows) expect(expected.has(r[0])).toBe(true);
  });

  it('a place with a preposition after the events noun stays the events\' ("sponsors of events that are in Japan")', () => {
    const asked = f.ask('sponsors of events that are in japan');
    expect(asked.kind === 'sql' && asked.interpretation).not.toMatch(/\(headquarters\)/);
  });
});
