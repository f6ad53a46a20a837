/**
 * A choice between named events by a date word or a comparative ("which one's first: X or Y?", "which is earlier",
 * "X or Y - which is sooner?", "which is later") is the ranking over exactly the named events: one row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, type Fixture } from '../../testkit';

describe.skipIf(!hasRealData)('a choice between named events (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (!hasRealData) return warnIfNoRealData('choiceBetweenNames');
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it('the date word or comparative ranks the named events, the first row answering', () => {
    if (!f) return;
    // two events of one-word-free names, starting on different days: the earliest and the latest of the data
    const [early, late] = [
      ...f.oracle(`SELECT name FROM (SELECT name, min(start_date) AS d FROM events WHERE start_date IS NOT NULL
        AND name NOT LIKE '%(%' GROUP BY name) ORDER BY d LIMIT 1`),
      ...f.oracle(`SELECT name FROM (SELECT name, max(start_date) AS d FROM events WHERE start_date IS NOT NULL
        AND name NOT LIKE '%(%' GROUP BY name) ORDER BY d DESC LIMIT 1`),
    ].map(String);
    expect(early && late && early !== late).toBe(true);
    for (const [q, answer] of [
      [`which one's first: ${late} or ${early}?`, early],
      [`which is earlier, ${late} or ${early}?`, early],
      [`${early} or ${late} - which is sooner?`, early],
      [`which is later, ${early} or ${late}?`, late],
    ] as const) {
      expect(firstColumnNames(f.ask(q), q), q).toEqual([answer]);
    }
  });
});
