import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { column, columns, demoFixture, sql, type Fixture } from '../../testkit';

// A follow-up that only swaps values of the earlier question ("and in X?", "what about X?") asks that question again:
// its count, grouping or ranking kept, never the plain list of the rows the earlier turn counted.
describe('a follow-up swapping values keeps the earlier shape (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  const countOf = (where: string): unknown => f.db.prepare(`SELECT COUNT(*) FROM people WHERE ${where}`).pluck().get();

  it.each([
    ['how many people do we have in the united states?', 'and in singapore?'],
    ['how many contacts are based in the united states', 'what about singapore?'],
    ['number of people in the united states?', 'how about in singapore'],
    ['how many contacts in the us', 'and singapore?'],
    ['count our contacts in the united states', 'and in singapore instead?'],
  ])('%s / %s: a count of the new place', (first, next) => {
    const r = f.ask(first, next);
    expect(r.kind).toBe('sql');
    expect(column(r, 'count')[0]).toBe(countOf(`country = 'Singapore'`));
  });

  it('a place of another kind replaces the earlier one (a city after a country), the count kept', () => {
    const city = String(
      f.db.prepare(`SELECT city FROM events WHERE city IS NOT NULL AND country <> 'Singapore' LIMIT 1`).pluck().get(),
    );
    const r = f.ask('how many events are in singapore?', `and in ${city}?`);
    expect(r.kind).toBe('sql');
    expect(sql(r)).not.toContain('Singapore');
    expect(column(r, 'count')).toHaveLength(1);
  });

  it('a follow-up that asks a shape of its own keeps it', () => {
    const listed = f.ask('how many people do we have in the united states?', 'and in singapore? list them with emails');
    expect(listed.kind).toBe('sql');
    expect(columns(listed)).not.toContain('count');
    // "which of those" asks which: the list
    const which = f.ask('how many people do we have in the united states?', 'which of those are in sales?');
    expect(which.kind).toBe('sql');
    expect(columns(which)).not.toContain('count');
  });

  it('after a plain list the follow-up stays a list', () => {
    const r = f.ask('people in the united states', 'and in singapore?');
    expect(r.kind).toBe('sql');
    expect(columns(r)).not.toContain('count');
  });
});
