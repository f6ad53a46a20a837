/** A zero before a noun of the data's things is "no" ("events with zero sponsors"); after a bound word it stays a number. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture } from '../../testkit';

describe('"zero <things>" is "no <things>"', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['which events have zero companies listed?', 'which events have no companies listed?'],
    ['events with 0 sponsors', 'events with no sponsors'],
    ['companies with zero people', 'companies with no people'],
  ])('"%s" is "%s"', (zero, no) => {
    const a = f.ask(zero);
    const b = f.ask(no);
    expect(a.kind).toBe('sql');
    if (a.kind !== 'sql' || b.kind !== 'sql') return;
    expect(a.interpretation).toBe(b.interpretation);
    expect(a.rows).toEqual(b.rows);
  });

  it('after a bound word the zero is the number compared ("more than 0 sponsors")', () => {
    const r = f.ask('events with more than 0 sponsors');
    expect(r.kind === 'sql' ? r.interpretation : r.kind).toContain('> 0');
  });
});
