/**
 * A measure compared with its average in the same set ("more companies than the average event", "above-average
 * revenue") is a sub-query on the measure: the rows above (or below) the average of the rows the other conditions keep.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, type Fixture } from '../../testkit';

describe.skipIf(!hasRealData)('comparisons with the average (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (!hasRealData) return warnIfNoRealData('averageComparisons');
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it('"events with more companies than the average event": the events above the mean number of companies', () => {
    if (!f) return;
    const companies = (e: string): string =>
      `(SELECT COUNT(DISTINCT c.name) FROM participations p JOIN companies c ON c.id = p.company_id WHERE p.event_id = ${e}.id)`;
    const expected = [
      ...f.oracle(
        `SELECT DISTINCT e.name FROM events e WHERE ${companies('e')} > (SELECT AVG(${companies('x')}) FROM events x)`,
      ),
    ]
      .map(String)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    for (const q of [
      'events with more companies than the average event',
      'events with above average number of companies',
    ]) {
      expect(firstColumnNames(f.ask(q), q), q).toEqual(expected);
    }
  });

  it('"companies with above-average revenue": the companies whose revenue is above the mean of the stated revenues', () => {
    if (!f) return;
    const expected = [
      ...f.oracle('SELECT DISTINCT name FROM companies WHERE revenue_usd > (SELECT AVG(revenue_usd) FROM companies)'),
    ]
      .map(String)
      .sort();
    for (const q of ['companies with above average revenue', 'companies with revenue above the average']) {
      expect(firstColumnNames(f.ask(q), q), q).toEqual(expected);
    }
  });
});
