import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData } from '@musaeid/testkit';
import { realFixture, type Fixture } from '../../testkit';

/**
 * A country and a city said together of the same rows: a union when the city lies outside the country (no row is in
 * both: "people in london or germany" answered nothing), a narrowing when it lies inside ("London, UK").
 */
describe.skipIf(!hasRealData)('places said at two levels (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  // names, as the answers give companies and events (each name once)
  const names = (sql: string): string[] =>
    [...new Set((f.db.prepare(sql).all() as { name: string }[]).map((r) => r.name))].sort();
  const answered = (q: string): string[] => {
    const asked = f.ask(q);
    if (asked.kind !== 'sql') throw new Error(`${q}: ${asked.kind}`);
    return [...new Set(asked.rows.map((r) => String(r[0])))].sort();
  };

  it.each([
    ['companies in london or germany', 'companies', `country = 'Germany' OR city = 'London'`],
    ['companies in germany and london', 'companies', `country = 'Germany' OR city = 'London'`],
    ['events in singapore or kuala lumpur', 'events', `country = 'Singapore' OR city = 'Kuala Lumpur'`],
  ])('%s: either place', (q, table, where) => {
    const expected = names(`SELECT name FROM ${table} WHERE ${where}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(answered(q)).toEqual(expected);
    const asked = f.ask(q);
    expect(asked.kind === 'sql' ? asked.interpretation : '').toMatch(/ or in the city of /);
  });

  it('a city inside the country narrows it', () => {
    const asked = f.ask('companies in london, united kingdom');
    expect(asked.kind).toBe('sql');
    expect(asked.kind === 'sql' ? asked.interpretation : '').not.toMatch(/ or in the city of /);
  });
});
