/**
 * A department named by one word the titles use ("strategy people", "who works in strategy") is the people whose
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
    const strategy = f.oracle(`SELECT DISTINCT p.full_name FROM people p WHERE ${titleSaysSql('strategy')}`);
    expect(strategy.size).toBeGreaterThan(1);
    for (const q of ['strategy people', 'who works in strategy?']) {
      const r = f.ask(q);
      expect(r.kind, q).toBe('sql');
      expect(new Set(firstColumnNames(r, q)), q).toEqual(strategy);
    }
  });

  it('a name of the procurement discipline is every title of it: the department names and the agent nouns', () => {
    if (!f) return;
    // "purchasing" alone matched "Purchase Manager" but no "Buyer" nor "Procurement Officer": one discipline, many names
    const discipline = f.oracle(
      `SELECT DISTINCT p.full_name FROM people p WHERE ${titleSaysSql(
        'procurement',
        'purchasing',
        'purchase',
        'purchaser',
        'buyer',
        'sourcing',
        'supplier management',
      )}`,
    );
    expect(discipline.size).toBeGreaterThan(10);
    for (const q of [
      'people in purchasing',
      'is there anybody in procurement or purchasing',
      'sourcing people',
      'list the buyers',
    ]) {
      const r = f.ask(q);
      expect(r.kind, q).toBe('sql');
      expect(new Set(firstColumnNames(r, q)), q).toEqual(discipline);
    }
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
