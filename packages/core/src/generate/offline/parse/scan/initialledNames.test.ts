/**
 * A name typed with an initial for its last word after "of" ("u of t") is the one company name of the data that the
 * initial completes; a unit named after its parent ("... Press") is reached by the parent's name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../../testkit';

describe.skipIf(!hasRealData)('names typed with an initial (real data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    if (!hasRealData) return warnIfNoRealData('initialledNames');
    f = await realFixture();
  });
  afterAll(() => f?.close());

  it('"u of t people" are the people of the university whose place starts with t, as "university of toronto people"', () => {
    if (!f) return;
    const full = f.ask('university of toronto people');
    const companies = new Set(column(full, 'company'));
    expect(companies.size).toBeGreaterThan(0);
    for (const q of ['u of t people', 'people at the uni of t']) {
      const r = f.ask(q);
      expect(new Set(column(r, 'company')), q).toEqual(companies);
      expect(column(r, 'full_name').length, q).toBe(column(full, 'full_name').length);
    }
  });

  it('an initial several names fit, or none, is no name', () => {
    if (!f) return;
    // "bank of q": no company name of the data; "of a" is never an initial
    expect(f.ask('people at the bank of q').kind).not.toBe('sql');
  });

  it("a press named after its university is reached by the university's name", () => {
    if (!f) return;
    const [press] = [...f.oracle("SELECT name FROM companies WHERE name LIKE 'University of % Press'")].map(String);
    if (!press) return;
    const parent = press.replace(/ Press$/, '');
    expect(new Set(column(f.ask(`people at ${parent.toLowerCase()}`), 'company'))).toEqual(new Set([press]));
  });
});
