import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { columns, demoFixture, realFixture, sql, type Asked, type Fixture } from '../testkit';

/**
 * A clause added after a question of one answer (a superlative, "the next one", a count, an aggregate, a comparison
 * between named things) narrows or leaves out a part of the rows that question ranks, counts or compares: the answer
 * keeps its shape, never a list of the narrowed rows in its place. Sentences of this test's own, not from an
 * evaluation set.
 */
describe.skipIf(!hasRealData)('a clause added to a question of one answer keeps the answer (real data)', () => {
  warnIfNoRealData('addedClausesOneAnswer');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const rows = (r: Asked): unknown[][] => {
    expect(r.kind).toBe('sql');
    return r.kind === 'sql' ? r.rows : [];
  };

  it.each([
    // a superlative, the narrowing after a question mark, a comma, a dash, "but", "actually", a period
    ['which event has the most sponsors? just the ones in 2025', 'which event in 2025 has the most sponsors'],
    ['which event had the most exhibitors - only singapore', 'which event in singapore had the most exhibitors'],
    ['which company has the most contacts, only the US ones', 'which US company has the most contacts'],
    ["what's the longest event in 2025. only singapore", "what's the longest event in singapore in 2025"],
    ['which city has the most contacts but only the uk', 'which city in the uk has the most contacts'],
    // "the next one"
    [
      'whats the next event at marina bay sands oh and only ones in 2025',
      "what's the next event at marina bay sands in 2025",
    ],
    // a count
    ['how many people work at marriott? only the ones in singapore', 'how many people in singapore work at marriott'],
    ['how many events are there in 2025 actually just singapore', 'how many events in singapore in 2025'],
  ])('%j answers as %j', (q, plain) => {
    const r = f.ask(q);
    const expected = rows(f.ask(plain));
    expect(expected.length).toBeLessThanOrEqual(3);
    expect(rows(r)).toEqual(expected);
  });

  it.each([
    'how many companies sponsor aviation festival asia 2025? leave out the american ones',
    'how many sponsors does aviation festival asia 2025 have - skip the US ones',
    'how many sponsors does aviation festival asia 2025 have. no american ones pls',
  ])('%j: a part left out of a count is still counted', (q) => {
    const r = f.ask(q);
    expect(r.kind === 'sql' && r.interpretation).toMatch(/^number of companies .*excluding companies in United States/);
    expect(rows(r)).toHaveLength(1);
    expect(sql(r)).toBe(sql(f.ask('how many sponsors does aviation festival asia 2025 have', 'excluding the US ones')));
  });

  it.each([
    'what is the average revenue of sponsors at aviation festival asia 2025? only the american ones',
    'which country has the most companies? just sponsors',
    'how many contacts at siemens - we only want directors',
  ])('%j: one row, the aggregate of the narrowed rows', (q) => {
    expect(rows(f.ask(q))).toHaveLength(1);
  });

  it('a yes/no between two named things keeps its verdict', () => {
    const r = f.ask('does siemens have more people than sap? only the ones in germany');
    expect(r.kind === 'sql' && r.comparison).toBeTruthy();
    expect(rows(r)).toHaveLength(2);
  });

  it.each([
    ['which event has the most sponsors? we dont care about dates', 'which event has the most sponsors'],
    ['which event has the most speakers? no preference on location', 'which event has the most speakers'],
    ['which event has the most speakers - not too fussed about the venue', 'which event has the most speakers'],
  ])('%j: indifference is no condition, the superlative stands', (q, plain) => {
    expect(rows(f.ask(q))).toEqual(rows(f.ask(plain)));
  });

  it.each([
    // a part the data does not hold is asked back, never dropped
    'which event has the most sponsors? only the blorptastic ones',
    "what's the next event at suntec - just the zindle ones",
    'how many people work at marriott - skip the flurbs',
  ])('%j is not answered', (q) => {
    expect(f.ask(q).kind).not.toBe('sql');
  });
});

/**
 * The same in a conversation: a follow-up that only narrows ("only 2025", "just the ones in the US") asks the earlier
 * question of one answer again over the narrowed rows (demo data).
 */
describe('a narrowing follow-up keeps the earlier question of one answer (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['how many events are in singapore', 'only 2025', 'how many events in singapore in 2025'],
    ['which event has the most sponsors', 'just the ones in 2025', 'which event in 2025 has the most sponsors'],
    ['how many people work in sales', 'only the ones in singapore', 'how many people in singapore work in sales'],
  ])('%j / %j asks %j', (first, next, plain) => {
    const r = f.ask(first, next);
    expect(r.kind).toBe('sql');
    expect(r.kind === 'sql' && r.rows).toEqual((f.ask(plain) as { rows: unknown[][] }).rows);
  });

  it('"which of those" asks which: the list', () => {
    const r = f.ask('how many people work in sales', 'which of those are in singapore');
    expect(r.kind).toBe('sql');
    expect(columns(r)).not.toContain('count');
  });

  it.each([
    ['be a sweetheart and show me the sponsors of events in 2025', 'show me the sponsors of events in 2025'],
    ['do us a kindness and list the events in singapore', 'list the events in singapore'],
  ])('%j: a favour before the request is no clause of its own', (q, plain) => {
    const r = f.ask(q);
    expect(r.kind).toBe('sql');
    expect(sql(r)).toBe(sql(f.ask(plain)));
  });
});
