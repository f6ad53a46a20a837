import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, interpretationOf, realFixture } from '../testkit';

warnIfNoRealData("a time word in the speaker's remark about themselves is no filter");

/** "im flat out today but ...": the speaker's day, no period of the rows (real data). */
describe.runIf(hasRealData)("the speaker's own time (real data)", () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 120_000);
  afterAll(() => f?.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each([
    'im really busy today but which companies sponsor osea 2024',
    "i'm pretty busy today, who are the sponsors of osea 2024",
    'we are slammed this week so which companies sponsor osea 2024',
    'honestly i am buried today, but the sponsors of osea 2024 please',
    "we're short staffed tomorrow and need the sponsors of osea 2024",
  ])('%s: the sponsors alone', (q) => {
    expect(read(q)).toBe('companies that are sponsors of events named OSEA 2024');
  });

  it.each([
    ['which events are on today', /events running on 2024-07-15/],
    ['im looking for events happening today', /events running on 2024-07-15/],
    ['we need events starting this week', /events starting 2024-07-15/],
  ])('%s: a period of the rows stays one', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });
});
