import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

/**
 * "only" inside a clause on the question's noun says nothing else holds, which the request cannot say: asked about,
 * never answered as the relation alone. Before the question's noun, or with a count, it is read as before.
 */
// without the real CSVs (a clone with no ../shared) the real-data blocks are skipped, never failed
warnIfNoRealData('"only" inside a clause');

describe.runIf(hasRealData)('"only" inside a clause (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('asks about "only" on a relation with an object, or on a kind of participant', () => {
    for (const q of [
      'companies that only attend events in singapore',
      'companies that sponsor only events in 2025',
      'events with only sponsors',
    ]) {
      const asked = f.ask(q);
      expect(asked.kind, q).toBe('clarify');
      if (asked.kind === 'clarify') expect(asked.clarification.part, q).toBe('only');
    }
  });

  // a relation verb with "only" and no object is the companies' one kind of taking part: every other relation is
  // negated (it was asked back; "how many companies only sponsor" dropped "only" and counted every sponsor)
  it.each(['companies that only sponsor', 'companies that sponsor only', 'how many companies only sponsor'])(
    '%s: the companies holding that relation and no other (by name)',
    (q) => {
      const expected = f.oracle(
        `SELECT DISTINCT c.name FROM companies c JOIN participations p ON p.company_id = c.id WHERE p.relation = 'sponsor'
         AND c.name NOT IN (SELECT c2.name FROM companies c2 JOIN participations p2 ON p2.company_id = c2.id
                            WHERE p2.relation <> 'sponsor')`,
      );
      expect(expected.size).toBeGreaterThan(0);
      const asked = f.ask(q);
      if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
      if (q.startsWith('how many')) expect(asked.rows[0]?.[0]).toBe(expected.size);
      else expect(new Set(asked.rows.map((r) => r[0]))).toEqual(expected);
    },
  );

  it('narrows the set asked, or counts exactly, as before', () => {
    for (const q of ['show only events in 2025', 'only the sponsors at cemat', 'which events have only one sponsor'])
      expect(f.ask(q).kind, q).toBe('sql');
  });
});
