/**
 * A department named by one word the titles use ("sourcing people", "people in purchasing") is the people whose
 * title says it; a word naming a sector of the data ("banking people") is never read so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { firstColumnNames, realFixture, titleSaysSql, type Fixture } from '../../testkit';

describe.skipIf(!hasRealData)('department words of the titles (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (!hasRealData) return warnIfNoRealData('departmentWords');
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it('a department word before a people noun or after "in" said of people is a title word, in its forms', () => {
    if (!f) return;
    const sourcing = f.oracle(`SELECT DISTINCT p.full_name FROM people p WHERE ${titleSaysSql('sourcing')}`);
    expect(sourcing.size).toBeGreaterThan(1);
    for (const q of ['sourcing people', 'who works in sourcing?']) {
      const r = f.ask(q);
      expect(r.kind, q).toBe('sql');
      expect(new Set(firstColumnNames(r, q)), q).toEqual(sourcing);
    }
    // "purchasing": the titles say "Purchase Manager" too
    const purchasing = f.oracle(
      `SELECT DISTINCT p.full_name FROM people p WHERE ${titleSaysSql('purchasing', 'purchase', 'purchaser')}`,
    );
    expect(new Set(firstColumnNames(f.ask('people in purchasing'), 'people in purchasing'))).toEqual(purchasing);
  });

  it('a department word joined by "or" to a title word shares its frame: the union of the two titles', () => {
    if (!f) return;
    // "purchasing" after "procurement or" stood in no frame of its own and was asked back
    const either = f.oracle(
      `SELECT DISTINCT p.full_name FROM people p WHERE ${titleSaysSql('procurement', 'purchasing', 'purchase', 'purchaser')}`,
    );
    const q = 'is there anybody in procurement or purchasing';
    expect(new Set(firstColumnNames(f.ask(q), q))).toEqual(either);
  });

  it('"presales" is the titles that say it, inside sales (the conventions), not every sales person', () => {
    if (!f) return;
    const presales = f.oracle(
      `SELECT DISTINCT p.full_name FROM people p WHERE ${titleSaysSql('presales', 'pre sales')}`,
    );
    expect(presales.size).toBeGreaterThan(1);
    for (const q of ['list the presales folks', 'presales people please'])
      expect(new Set(firstColumnNames(f.ask(q), q)), q).toEqual(presales);
  });

  it('a word naming a sector of the data is no department', () => {
    if (!f) return;
    const r = f.ask('banking people');
    expect(r.kind === 'sql' ? r.interpretation : '').not.toContain('job title mentions');
  });
});
