import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Fixture, interpretationOf } from '../../testkit';

/** A number over everything together is one number; the same words outside a number question keep their readings. */
describe('totals across everything (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each([
    [
      'total number of sponsors across all events',
      'number of companies that are sponsors of events (each company name once)',
    ],
    ['how many exhibitors in all', 'number of companies that are exhibitors of events (each company name once)'],
    ['overall count of speakers', 'number of companies that are speakers of events (each company name once)'],
    ['total sponsors across every event', 'number of companies that are sponsors of events (each company name once)'],
    [
      'all in all, how many partners are there',
      'number of companies that are partners of events (each company name once)',
    ],
    ['how many ppl do we have in total across all companies', 'number of people working at companies'],
    [
      'total count of exhibitors? across everything',
      'number of companies that are exhibitors of events (each company name once)',
    ],
    ['how many speakers across the board', 'number of companies that are speakers of events (each company name once)'],
  ])('%s is one number', (q, reading) => {
    expect(read(q)).toBe(reading);
    const asked = f.ask(q);
    expect(asked.kind === 'sql' ? asked.rows.length : -1).toBe(1);
  });

  it('a count per group stays a count per group', () => {
    expect(read('how many sponsors does each event have')).toMatch(/counted by event$/);
  });

  it('outside a number question, "every event" is still a division asked about', () => {
    expect(f.ask('companies at every event in 2025').kind).not.toBe('sql');
  });
});
