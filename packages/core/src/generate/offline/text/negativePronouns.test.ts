import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, sql, type Fixture } from '../testkit';
import { negativePronounsAsPeople } from './negativePronouns';

describe('a negative pronoun of persons as the object of having', () => {
  it.each([
    ['which sponsors have nobody in our people database', 'which sponsors have no people in our people database'],
    ['sponsors with no one on file', 'sponsors with no people on file'],
    ['sponsors with no-one listed', 'sponsors with no people listed'],
    ["cos that don't have anyone listed", "cos that don't have people listed"],
    ['cos without anybody in the data', 'cos without people in the data'],
  ])('%s', (typed, read) => {
    expect(negativePronounsAsPeople(typed)).toBe(read);
  });

  it.each(['nobody from google attends', 'anyone at ahice?', 'is there no one from X'])('keeps "%s"', (typed) => {
    expect(negativePronounsAsPeople(typed)).toBe(typed);
  });
});

describe('companies that have nobody (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it('is the companies without people, as "no contacts" reads (l027 asked what "nobody" meant)', () => {
    expect(sql(f.ask('which sponsors have nobody in our people database?'))).toBe(
      sql(f.ask('which sponsors have no contacts?')),
    );
  });
});
