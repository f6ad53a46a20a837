import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { column, realFixture, type Fixture } from '../../testkit';

/**
 * "the <kind of event> <descriptor>" describes the event named with that noun, not every event of the descriptor:
 * the plural, indefinite noun stays any event.
 */
describe.skipIf(!hasRealData)('a definite noun of a kind of event (real data)', () => {
  warnIfNoRealData('definiteEventKinds');
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f?.close());

  const named = (noun: string, from: string, to: string): Set<unknown> =>
    f.oracle(
      `SELECT DISTINCT name FROM events WHERE lower(name) LIKE ? AND start_date BETWEEN ? AND ?`,
      `%${noun}%`,
      from,
      to,
    );
  const starting = (from: string, to: string): Set<unknown> =>
    f.oracle(`SELECT DISTINCT name FROM events WHERE start_date BETWEEN ? AND ?`, from, to);

  it.each([
    ['when does the summit in february start', 'summit', '2025-02-01', '2025-02-28'],
    ['dates of the expo in october 2024', 'expo', '2024-10-01', '2024-10-31'],
  ])('%s: the events of the period named with the noun', (q, noun, from, to) => {
    const r = f.ask(q);
    expect(r.kind).toBe('sql');
    const names = new Set(column(r, 'event'));
    expect(names).toEqual(named(noun, from, to));
    expect(names.size).toBeLessThan(starting(from, to).size);
  });

  it('the plural is any event of the period', () => {
    expect(new Set(column(f.ask('summits in february 2025'), 'event'))).toEqual(starting('2025-02-01', '2025-02-28'));
  });

  it('a theme before the noun says which event is meant: no name condition', () => {
    const r = f.ask('sponsors of the telecom conference in september');
    expect(r.kind === 'sql' ? r.interpretation : '').not.toMatch(/name contains/);
  });

  it('the general noun "the event" adds no name condition', () => {
    const r = f.ask('sponsors of the event in march 2025');
    expect(r.kind === 'sql' ? r.interpretation : '').not.toMatch(/name contains/);
  });

  it('companies at the summit of a month are those of the summit only', () => {
    const r = f.ask('which companies are at the summit in february 2025?');
    expect(r.kind === 'sql' ? r.interpretation : '').toMatch(/events whose name contains "summit"/);
  });
});
