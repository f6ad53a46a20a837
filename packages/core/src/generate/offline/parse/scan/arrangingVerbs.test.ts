import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoFixture, type Asked, type Fixture } from '../../testkit';

/** The rows of an answer, sorted, so two wordings can be compared. */
function rows(r: Asked, q: string): string[] {
  if (r.kind !== 'sql') throw new Error(`${q}: ${r.kind}`);
  return r.rows.map((x) => JSON.stringify(x)).sort();
}

/**
 * An imperative verb of arranging heading the question with a "by" after it is the question's verb: the grouping is
 * the one the "by" says. Before, "group" was left unread (asked back), "organize" read as the organizer relation and
 * "categorize" as a theme.
 */
describe('a verb of arranging the rows before "by" (demo data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await demoFixture();
  });
  afterAll(() => f.close());

  it.each([
    ['group the sponsors by industry', 'sponsors by industry'],
    ['can you organize the exhibitors by country?', 'exhibitors by country'],
    ['categorize speakers by industry', 'speakers by industry'],
  ])('%s', (q, plain) => {
    expect(rows(f.ask(q), q)).toEqual(rows(f.ask(plain), plain));
  });

  it('the verb with no "by" after it keeps its other reading ("companies that organize events")', () => {
    const asked = f.ask('companies that organize events');
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/organizers/);
  });

  // a phrasal verb of arranging in a clause of its own ("break it down"), the grouping said by "each" elsewhere in
  // the message: the count per member of the earlier turn's set, never a total nor an ask-back on "break"
  it.each([
    ['which events have speakers', 'ok break that down - how many speakers each', 'how many speakers each'],
    ['which events have exhibitors', 'how many exhibitors each, split it up', 'how many exhibitors each'],
  ])('after %j, %j is %j', (earlier, q, plain) => {
    const asked = f.ask(earlier, q);
    expect(asked.kind === 'sql' ? asked.interpretation : asked.kind).toMatch(/counted by event/);
    expect(rows(asked, q)).toEqual(rows(f.ask(earlier, plain), plain));
  });

  it('the phrasal verb with no grouping said anywhere is still asked about', () => {
    expect(f.ask('which events have speakers', 'break it down').kind).not.toBe('sql');
  });
});
