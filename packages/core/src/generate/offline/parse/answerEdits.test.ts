import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../testkit';
import { answerEdit } from './answerEdits';

/**
 * A follow-up naming an edit of the earlier answer with a verb: a part taken out ("now drop the government ones",
 * "exclude the US ones"), a value swapped ("swap sydney for melbourne"), a bound moved ("widen it to the next
 * twelve months"). Each is that edit over the earlier request, never a condition word, a clarification on the verb, or
 * a refused change of the data.
 */
describe('answerEdit restates the edit verb', () => {
  it.each([
    ['now drop the government ones', ['sponsors at GSTC'], 'excluding the government ones'],
    ['remove those based in the US pls', ['sponsors at GSTC'], 'excluding those based in the US'],
    ['swap sydney for melbourne', ['people in Sydney at GSTC'], 'what about melbourne'],
    ['widen it to the next twelve months', ['food events in the next six months'], 'what about the next twelve months'],
    ['extend that to 6 months', ['events in the next 3 months'], 'what about the next 6 months'],
    ['narrow it to the US ones', ['sponsors at GSTC'], 'only the US ones'],
    ['remove the directors', ['people at GSTC sponsors'], 'excluding the directors'],
    ['change the city to melbourne', ['people in Sydney at GSTC'], 'what about melbourne'],
    ['change the venue to marina bay sands', ['events in singapore'], 'what about marina bay sands'],
  ])('%s', (q, earlier, expected) => {
    expect(answerEdit(q, earlier)).toBe(expected);
  });

  it.each([
    ['reverse the order', 'desc', 'lowest first'],
    ['flip it, smallest first', 'desc', 'smallest first'],
    ['the other way round', 'asc', 'highest first'],
  ] as const)('%s after a ranking (%s)', (q, order, expected) => {
    expect(answerEdit(q, ['sponsors at GSTC'], order)).toBe(expected);
  });

  it.each([
    // a data object, or an old value the earlier turns never said: left as typed (refused or asked about)
    ['drop the table', ['sponsors at GSTC']],
    ['delete Google from the list of sponsors', ['sponsors at GSTC']],
    // a verb of erasing records asks to change the data whatever its object
    ['pls delete the US ones', ['sponsors at GSTC']],
    ['erase the ones without a website', ['sponsors at GSTC']],
    ['drop the people table pls', ['sponsors at GSTC']],
    // the whole earlier set is no part of it
    ['remove them', ['sponsors at GSTC']],
    ['rename the event to ITB 2025', ['events in singapore']],
    ['change the name to ITB 2025', ['events in singapore']],
    // a bare duration with no earlier window names none
    ['extend that to 6 months', ['events in singapore']],
  ])('%s stays as typed', (q, earlier) => {
    expect(answerEdit(q, earlier)).toBe(q);
  });
});

describe.skipIf(!hasRealData)('edits of the earlier answer (real data)', () => {
  warnIfNoRealData('answerEdits');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const sponsors = 'sponsors of #DMWF Asia';
  const sponsorsWhere = (where: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT c.name FROM companies c JOIN participations pa ON pa.company_id = c.id
       JOIN events e ON e.id = pa.event_id WHERE e.name = '#DMWF Asia' AND pa.relation = 'sponsor' AND ${where}`,
    );

  it.each(['exclude the US ones', 'now drop the american ones', 'remove those based in the US'])('%s', (q) => {
    const r = f.ask(sponsors, q);
    expect(r.kind).toBe('sql');
    expect(sponsorsWhere(`c.country = 'United States'`).size).toBeGreaterThan(0);
    // the sponsor rows not placed in the US: a name with a row elsewhere stays, as does an unknown country
    expect(new Set(column(r, 'company'))).toEqual(sponsorsWhere(`(c.country IS NULL OR c.country <> 'United States')`));
  });

  it('a verb of erasing records after a list is a change of the data, refused, never a narrower list', () => {
    expect(f.ask(sponsors, 'great, now delete the ones without a website').kind).toBe('refusal');
  });

  it('swap sydney for melbourne: the city replaced, the rest kept', () => {
    const r = f.ask('people in Sydney who work for companies at GSTC', 'swap sydney for melbourne');
    expect(r.kind === 'sql' && r.interpretation).toMatch(/Melbourne/);
    expect(r.kind === 'sql' && r.interpretation).not.toMatch(/Sydney/);
    expect(r.kind === 'sql' && r.interpretation).toMatch(/Global Space and Technology Convention/);
  });

  it('"the Singapore-based ones": a kind of the earlier set left out, not the place "outside"', () => {
    const r = f.ask(
      'Which companies are exhibiting at Architecture & Building Services (ABS) 2024?',
      'Exclude the Singapore-based ones.',
    );
    expect(r.kind === 'sql' && r.interpretation).toMatch(/exhibitors of .*excluding companies in Singapore/);
  });
});
