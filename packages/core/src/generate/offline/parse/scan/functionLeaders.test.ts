/**
 * A plural "heads" said of a job function names the function's leaders (chiefs, VPs, directors, heads), not the
 * level 'head' alone; the singular, and "heads" said of no function, keep the level the word names.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

const LEADERS = 'seniority is C-level or VP or Director or Head';

describe.runIf(hasRealData)('function heads are the function leaders (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });

  it.each([
    ['who are the engineering heads at the sponsors?', 'Engineering'],
    ['list sales heads working for exhibitors', 'Sales'],
    ['heads of marketing at companies speaking at events', 'Marketing'],
    ['any hr heads in singapore', 'HR'],
    ['give me the legal and compliance heads at siemens', 'Legal'],
    ['ops heads at speakers', 'Operations'],
    ['the finance bosses at speaker companies', 'Finance'],
  ] as const)('%s', (q, fn) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    if (a.kind !== 'sql') return;
    expect(a.interpretation, q).toContain(LEADERS);
    expect(a.interpretation, q).toContain(fn);
  });

  it('the leaders of a function include its directors and VPs, not only the "Head of" titles', () => {
    const a = f.ask('sales heads at sponsors');
    expect(a.kind).toBe('sql');
    if (a.kind !== 'sql') return;
    const titles = a.rows.map((r) => String(r[a.columns.indexOf('job_title')]));
    expect(titles.some((t) => /\bdirector\b/i.test(t))).toBe(true);
    expect(titles.some((t) => /\b(?:vp|vice president)\b/i.test(t))).toBe(true);
  });

  it.each([
    // the singular, definite head is the title, one level
    'who is the head of marketing at siemens',
    // "heads" of no function, or of a department, is the level it names
    'heads at siemens',
    'heads of department at siemens',
  ])('%s keeps the level Head', (q) => {
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    if (a.kind !== 'sql') return;
    expect(a.interpretation, q).toContain('seniority is Head');
    expect(a.interpretation, q).not.toContain(LEADERS);
  });
});
