/**
 * A title said in words of any case: what the title mentions is matched as its text ("whose title mentions
 * engineer"), a "whose" clause about a title belongs to the people asked (not the company named before it), and an
 * events noun before a job noun is a title when the data's titles use the phrase ("event managers").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { busiestCompany, realFixture, type Fixture } from '../../testkit';

describe.skipIf(!hasRealData)('titles said in words (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (!hasRealData) return warnIfNoRealData('spokenTitles');
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const sql = (q: string): { interpretation: string; rows: unknown[][] } => {
    const r = f?.ask(q);
    if (r?.kind !== 'sql') throw new Error(`${q}: ${r?.kind ?? 'nothing'}`);
    return r;
  };

  it('"whose title mentions X or Y" at a company: the people there whose titles hold either word', () => {
    if (!f) return;
    const company = busiestCompany(f);
    const expected = f.oracle(
      `SELECT DISTINCT p.full_name FROM people p JOIN companies c ON c.id = p.company_id
        WHERE c.name = ? AND (lower(p.job_title) LIKE '%manager%' OR lower(p.job_title) LIKE '%director%')`,
      company,
    );
    expect(expected.size).toBeGreaterThan(0);
    for (const q of [
      `List everyone at ${company} whose title mentions manager or director.`,
      `people at ${company.toLowerCase()} whose job title contains manager or director`,
    ]) {
      const r = sql(q);
      expect(r.interpretation, q).toContain('job title mentions manager or director');
      expect(r.interpretation, q).not.toContain('employing');
      expect(new Set(r.rows.map((row) => row[0])), q).toEqual(expected);
    }
  });

  it("\"with 'X' in their title\" after a company is the asked people's title, quoted or not", () => {
    if (!f) return;
    const company = busiestCompany(f);
    const expected = f.oracle(
      `SELECT DISTINCT p.full_name FROM people p JOIN companies c ON c.id = p.company_id
        WHERE c.name = ? AND lower(p.job_title) LIKE '%manager%'`,
      company,
    );
    for (const q of [
      `everyone at ${company} with 'Manager' in their title`,
      `people at ${company} with manager in their title`,
    ]) {
      const r = sql(q);
      expect(r.interpretation, q).not.toContain('employing');
      expect(new Set(r.rows.map((row) => row[0])), q).toEqual(expected);
    }
  });

  it('"events managers" / "event coordinators" are people by their title, not events', () => {
    if (!f) return;
    for (const q of ['event managers in singapore', 'Find event managers or event coordinators based in Singapore.']) {
      const r = sql(q);
      expect(r.interpretation, q).toMatch(/^people whose job title mentions event manager/);
    }
    // a phrase no title uses stays the words' own readings: the events that have sponsors
    expect(sql('which events have sponsors').interpretation).toMatch(/^events/);
  });
});
