/**
 * Dates as users type them, end to end on the demo data: an event's edition by a year typed with two digits or with
 * a noun of its holding, and "pre" / "post" before a date. Each phrasing must give the rows of the plain phrasing
 * it stands for (never fewer conditions: a year dropped would answer for every edition).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Asked, type Fixture } from '../testkit';
import { readPrePostDates } from '../text/prePostDates';

function rowsOf(asked: Asked): unknown[][] {
  expect(asked.kind).toBe('sql');
  return asked.kind === 'sql' ? asked.rows : [];
}

describe('an event edition by its year (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['sponsors of infosec fair asia 25', 'sponsors of InfoSec Fair Asia 2025'],
    ['who exhibits at infosec fair asia 25?', 'who exhibits at InfoSec Fair Asia 2025?'],
    ['sponsors of the 2025 edition of infosec fair asia', 'sponsors of InfoSec Fair Asia 2025'],
    ['sponsors of the 25 edition of the infosec fair asia', 'sponsors of InfoSec Fair Asia 2025'],
    ["infosec fair asia's 2025 edition: which companies sponsor it", 'which companies sponsor InfoSec Fair Asia 2025'],
    ['how many companies take part in fintech summit asia 24', 'how many companies take part in fintech summit asia'],
  ])('%s = %s', (typed, plain) => {
    const expected = rowsOf(f.ask(plain));
    expect(rowsOf(f.ask(typed))).toEqual(expected);
  });

  it('a year of which the data holds no edition is asked back, never dropped', () => {
    expect(f.ask('sponsors of the 2021 edition of infosec fair asia').kind).toBe('clarify');
  });
});

describe('"pre" / "post" before a date', () => {
  it.each([
    ['companies founded pre 1950', 'companies founded before 1950'],
    ['firms founded pre-1990?', 'firms founded before 1990?'],
    ['events post 2024 in asia', 'events after 2024 in asia'],
    ['shows pre march 2025, in singapore', 'shows before march 2025, in singapore'],
    ['startups founded post-2015', 'startups founded after 2015'],
    ['anything post Q3', 'anything after Q3'],
  ])('%s reads as %s', (typed, plain) => {
    expect(readPrePostDates(typed)).toBe(plain);
  });

  it.each([
    // an era names no date; the verb "post"; a date modifying a noun says nothing of which date it bounds
    'events pre-covid',
    'can you post 2025 events',
    'post 2025 events on the board',
    'pre-2000 companies in banking',
    'the pre-event dinner',
  ])('left as typed: %s', (typed) => {
    expect(readPrePostDates(typed)).toBe(typed);
  });

  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['companies founded pre 1990', 'companies founded before 1990'],
    ['companies founded post-2010', 'companies founded after 2010'],
  ])('end to end: %s = %s', (typed, plain) => {
    expect(rowsOf(f.ask(typed))).toEqual(rowsOf(f.ask(plain)));
  });
});
