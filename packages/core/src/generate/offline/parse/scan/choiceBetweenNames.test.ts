/**
 * A choice between named events by a date word or a comparative ("which one's first: X or Y?", "which is earlier",
 * "X or Y - which is sooner?", "which is later") is the ranking over exactly the named events: the winner alone,
 * ties kept (a yes/no, "is X earlier than Y?", shows both: comparedNames.test.ts).
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
    // a choice asks for one of the named events: the winner alone, by a date word or a comparative
    for (const [q, answer] of [
      [`which one's first: ${late} or ${early}?`, early],
      [`which is earlier, ${late} or ${early}?`, early],
      [`${early} or ${late} - which is sooner?`, early],
      [`which is later, ${early} or ${late}?`, late],
    ] as const) {
      expect(firstColumnNames(f.ask(q), q), q).toEqual([answer]);
    }
  });

  it('a comparative "by" a measure, said before the named companies, ranks them by that measure', () => {
    if (!f) return;
    // two companies of one-word names with different revenues, the one with more revenue the smaller by size
    const rows = f.db
      .prepare(
        `SELECT a.name AS rich, b.name AS big FROM companies a JOIN companies b
         ON a.revenue_usd > b.revenue_usd AND b.employees_min > a.employees_min
         WHERE a.name NOT LIKE '% %' AND b.name NOT LIKE '% %' AND length(a.name) > 5 AND length(b.name) > 5
         AND a.name GLOB '[A-Z]*' AND b.name GLOB '[A-Z]*'
         ORDER BY a.revenue_usd DESC, b.employees_min DESC LIMIT 1`,
      )
      .get() as { rich: string; big: string } | undefined;
    if (!rows) return;
    for (const q of [
      `which is bigger by revenue, ${rows.big} or ${rows.rich}?`,
      `which is larger by revenue: ${rows.rich} or ${rows.big}`,
    ]) {
      const asked = f.ask(q);
      expect(asked.kind === 'sql' && asked.interpretation, q).toMatch(/by revenue/);
      expect(firstColumnNames(asked, q), q).toEqual([rows.rich]);
    }
  });
});
