/**
 * A dimension word after a word adding a field ("together with their country", "plus their cities") is that field
 * shown beside each row of the list, the same rows as without it: no grouping and no word asked about.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, type Fixture } from '../../testkit';

describe.skipIf(!hasRealData)('fields added to a list (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (!hasRealData) return warnIfNoRealData('shownDimensions');
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it('"with their country", "and their cities", "plus their sectors" show the field on the same rows', () => {
    if (!f) return;
    const [event] = [
      ...f.oracle(
        `SELECT e.name FROM events e JOIN participations p ON p.event_id = e.id WHERE p.relation = 'sponsor'
          GROUP BY e.name ORDER BY count(*) DESC, e.name LIMIT 1`,
      ),
    ].map(String);
    expect(event).toBeDefined();
    const plain = firstColumnNames(f.ask(`sponsors of ${event}`));
    for (const [q, field] of [
      [`sponsors of ${event} together with their country`, 'country'],
      [`sponsors of ${event} and their cities`, 'city'],
      [`sponsors of ${event} plus their sectors`, 'industry'],
      // a field after another field of the vocabulary
      [`sponsors of ${event}, with their websites and countries`, 'country'],
    ] as const) {
      const r = f.ask(q);
      if (r.kind !== 'sql') throw new Error(`${q}: ${r.kind}`);
      // the industry is a column of every list of companies, said only when added
      if (field !== 'industry') expect(r.interpretation, q).toMatch(new RegExp(`showing [^:]*\\b${field}\\b`));
      expect(r.columns, q).toContain(field);
      expect(firstColumnNames(r, q), q).toEqual(plain);
    }
  });
});
