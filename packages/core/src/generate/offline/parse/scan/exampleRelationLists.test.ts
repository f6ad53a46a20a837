import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, sql, type Fixture } from '../../testkit';

/**
 * Relation nouns listed as examples after a question about taking part, closed by a word leaving the choice free:
 * no condition of their own (sentences of this test's own).
 */
describe('relation nouns listed as examples with the choice left free (demo data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f?.close());

  it.each([
    [
      'which companies take part in events in 2025? sponsors, exhibitors, whatever',
      'which companies take part in events in 2025?',
    ],
    [
      'which companies are involved in events in 2025? partners speakers whatever',
      'which companies are involved in events in 2025?',
    ],
    [
      'which companies in events in 2025 are not sponsors? exhibitors or partners whatever',
      'which companies in events in 2025 are not sponsors?',
    ],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it.each([
    // a word no reader knows before the closer is asked about, never dropped with it
    'which companies take part in events in 2025? vegan whatever',
    // a closer with no list of relations before it leaves the question as it was asked
    'which companies take part in events in 2025? whatever',
  ])('"%s" is asked back', (q) => {
    if (!f) return;
    expect(f.ask(q).kind).toBe('clarify');
  });
});

/** "etc" closing a list of relation nouns in the question's own clause ends the list: it names nothing. */
describe('"etc" closing a list of relation nouns inside the clause (demo data)', () => {
  let f: Fixture | null = null;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f?.close());

  it.each([
    [
      'which companies are partners or exhibitors etc at events in 2025',
      'which companies are partners or exhibitors at events in 2025',
    ],
    [
      'companies that are sponsors or speakers etc. at events in 2025',
      'companies that are sponsors or speakers at events in 2025',
    ],
    [
      'which companies are sponsors, exhibitors or partners etc at events in 2025',
      'which companies are sponsors, exhibitors or partners at events in 2025',
    ],
  ])('"%s" asks the same as "%s"', (q, same) => {
    if (!f) return;
    const a = f.ask(q);
    expect(a.kind, q).toBe('sql');
    expect(sql(a)).toBe(sql(f.ask(same)));
  });

  it('one relation noun and "etc" ("and the like") is asked back, never read as that relation alone', () => {
    if (!f) return;
    expect(f.ask('which companies are sponsors etc at events in 2025').kind).toBe('clarify');
  });
});
