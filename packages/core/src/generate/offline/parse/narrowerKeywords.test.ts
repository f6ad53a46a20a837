import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../testkit';

/**
 * A keyword the tagger tags events by that says no word of its tag's label ("payments", "trading", "hotels") is
 * narrower than the tag: the events whose name or description say it, never the whole tag. Words of the label, or
 * forms of them ("banking", "pharmaceutical", "health"), still name the tag whole.
 */
describe.skipIf(!hasRealData)('a theme keyword narrower than its tag (real data)', () => {
  warnIfNoRealData('narrowerKeywords');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const tagged = (tag: string): Set<unknown> =>
    f.oracle(`SELECT DISTINCT e.name FROM events e JOIN event_tags t ON t.event_id = e.id WHERE t.tag = ?`, tag);
  const saying = (...words: string[]): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT name FROM events WHERE ${words
        .map(() => `(lower(name) LIKE ? OR lower(coalesce(description, '')) LIKE ?)`)
        .join(' OR ')}`,
      ...words.flatMap((x) => [`%${x}%`, `%${x}%`]),
    );

  it.each([
    ['any conferences on payments?', ['payment'], 'finance_banking'],
    ['events about trading', ['trading', 'traders'], 'finance_banking'],
    ['hotel shows', ['hotel'], 'hospitality_travel'],
  ])('%s: the events saying it, fewer than the tag holds', (q, words, tag) => {
    const r = f.ask(q);
    expect(r.kind).toBe('sql');
    const names = new Set(column(r, 'event'));
    expect(names).toEqual(saying(...words));
    expect(names.size).toBeGreaterThan(0);
    expect(names.size).toBeLessThan(tagged(tag).size);
    expect(r.kind === 'sql' ? r.interpretation : '').toMatch(/mentioning/);
  });

  it.each([
    ['banking events', 'finance_banking'],
    ['pharmaceutical conferences', 'pharma_biotech'],
    ['health events', 'healthcare_medical'],
  ])('%s: a form of a label word names the tag whole', (q, tag) => {
    expect(new Set(column(f.ask(q), 'event'))).toEqual(tagged(tag));
  });

  it('a list of three themes joined by slashes keeps every member (a narrower one as the events saying it)', () => {
    const r = f.ask('blockchain / crypto / trading events');
    const names = new Set(column(r, 'event'));
    for (const n of tagged('crypto_blockchain')) expect(names.has(n)).toBe(true);
    for (const n of saying('trading', 'traders')) expect(names.has(n)).toBe(true);
  });
});
