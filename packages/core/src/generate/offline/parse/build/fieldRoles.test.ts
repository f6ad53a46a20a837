import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, interpretationOf, realFixture } from '../../testkit';

warnIfNoRealData('a role word before a field of people qualifies the people whose field is asked');

/**
 * "<event> bd emails", "... and their cto emails": a job function, seniority or title right before a field only
 * people have qualifies those people, never the event or the companies said before it (real data).
 */
describe.runIf(hasRealData)('role words before a field of people (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  }, 120_000);
  afterAll(() => f?.close());
  const read = (q: string): string => interpretationOf(f, q);

  it.each([
    [
      'osea 2024 marketing emails',
      /^people whose job functions include Marketing, at companies taking part in events named OSEA 2024/,
    ],
    [
      'seamless asia sponsors cfo emails',
      /^people whose job title mentions CFO, working at companies that are sponsors of events named Seamless/,
    ],
    [
      'ctw apac director emails',
      /^people whose seniority is Director, at companies taking part in events named Commodity Trading Week APAC/,
    ],
    [
      'companies sponsoring osea 2024 and their cto emails',
      /^people whose job title mentions CTO, working at companies that are sponsors of events named OSEA 2024/,
    ],
    [
      'ctw apac sales and hr emails',
      /^people whose job functions include Sales or HR, at companies taking part in events named Commodity Trading Week APAC/,
    ],
  ])('%s: the people are qualified', (q, reading) => {
    const got = read(q);
    expect(got).toMatch(reading);
    expect(got).not.toMatch(/with people whose/);
  });

  it('a count of the field counts the qualified people', () => {
    expect(read('how many osea 2024 marketing emails')).toMatch(
      /^number of people whose job functions include Marketing/,
    );
  });

  it.each([
    // a role said as a condition of the events stays theirs
    ['events where a cto speaks', /^events with speakers among people whose job title mentions CTO/],
    // a people noun between them takes the role as before
    ['marketing people at osea 2024', /^people whose job functions include Marketing, at companies taking part/],
  ])('%s: unchanged', (q, reading) => {
    expect(read(q)).toMatch(reading);
  });
});
