import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Asked, type Fixture } from '../testkit';

warnIfNoRealData('restrictive clauses');

/** The first cell of a one-row answer. */
function figure(r: Asked): unknown {
  if (r.kind !== 'sql') throw new Error(`expected SQL, got ${r.kind}`);
  return r.rows[0]?.[0];
}

/**
 * A verb of taking into account joined to "only" ("counting only", "only considering", "including only") restricts the
 * set the question is over, as "only" does (`lexicon/exclusionWords.ts` RESTRICTIVE_VERBS); it was an unread word
 * asked back ("I could not match 'counting'").
 */
describe.runIf(hasRealData)('restrictive clauses (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  const average = (where: string): number =>
    f.db
      .prepare(
        // each event once by name, each company once by name (compile/averagedCount.test.ts)
        `SELECT AVG(n) FROM (SELECT COUNT(DISTINCT c.name) AS n FROM events e LEFT JOIN participations p
         ON p.event_id = e.id LEFT JOIN companies c ON c.id = p.company_id WHERE ${where} GROUP BY lower(e.name))`,
      )
      .pluck()
      .get() as number;

  it.each([
    "What's the average number of companies per event, counting only events that have at least one company?",
    'average number of companies per event, only counting events with companies',
    'the average number of companies per event, considering only events that have companies',
    'average number of companies per event, including only events with at least one company',
  ])('%s: the average over the events kept', (q) => {
    const kept = average('e.id IN (SELECT event_id FROM participations)');
    // every event counted (those with none as 0) is a different figure
    expect(kept).not.toBeCloseTo(average('1 = 1'), 3);
    expect(figure(f.ask(q))).toBeCloseTo(kept, 9);
  });

  it('a list restricted the same way keeps only those rows', () => {
    const asked = f.ask('list the events, looking only at those in Singapore');
    expect(new Set(column(asked, 'event'))).toEqual(f.oracle(`SELECT name FROM events WHERE country = 'Singapore'`));
  });

  it('an imperative "only count" still asks for the count', () => {
    const asked = f.ask('only count the events in Singapore');
    expect(figure(asked)).toBe(
      f.db.prepare(`SELECT COUNT(DISTINCT lower(name)) FROM events WHERE country = 'Singapore'`).pluck().get(),
    );
  });
});

/**
 * A relative clause after an events phrase that names an industry ("companies at marketing events that are not in
 * the Software Development industry") describes the companies asked: events have themes, no industry. It was read as
 * a negated event tag (events not tagged Technology), answering another question.
 */
describe.runIf(hasRealData)('an industry said in a clause after an events phrase (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['Companies at marketing events that are not in the Software Development industry?', true],
    ['companies at marketing events which are in the software development sector', false],
  ] as const)('%s', (q, negate) => {
    const expected = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       WHERE pa.event_id IN (SELECT event_id FROM event_tags WHERE tag = 'marketing')
       AND ${negate ? 'NOT ' : ''}EXISTS (SELECT 1 FROM company_industries ci WHERE ci.company_id = c.id
         AND lower(ci.industry) LIKE '%software development%')`,
    );
    expect(expected.size).toBeGreaterThan(0);
    expect(new Set(column(f.ask(q), 'company'))).toEqual(expected);
  });

  // right after the noun of events, with no clause between, the theme is the events' own (blind36 r006 read it as
  // the companies' industry: 4 companies, not the 12 at oil and gas events)
  it('companies taking part in events in the oil and gas sector', () => {
    const expected = f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       WHERE pa.event_id IN (SELECT event_id FROM event_tags WHERE tag = 'oil_gas')`,
    );
    expect(expected.size).toBeGreaterThan(4);
    expect(new Set(column(f.ask('companies taking part in events in the oil and gas sector'), 'company'))).toEqual(
      expected,
    );
  });
});
