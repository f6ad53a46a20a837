import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { AS_OF, column, realFixture, type Fixture } from '../testkit';

/**
 * The days left before an event starts ("how many days till X", "how long until X", "days away is X") are the
 * event's start date minus the question's day, shown beside the event; the span of days alone ("how many days is X")
 * stays the event's duration. Sentences of our own, in the shapes users type them.
 */
warnIfNoRealData('days until an event');

describe.runIf(hasRealData)('days until an event starts (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  /** The days from the question's day to the start of the one event whose name holds `like`. */
  const daysTo = (like: string): number => {
    const [days] = [
      ...f.oracle(
        `SELECT DISTINCT CAST(julianday(start_date) - julianday(?) AS INTEGER) FROM events WHERE name LIKE ?`,
        AS_OF,
        like,
      ),
    ];
    return days as number;
  };

  it.each([
    ['how many days till the commodity trading week', '%Commodity Trading Week%'],
    ['how long until cyber security world asia?', '%Cyber Security World Asia%'],
    ['how many days away is the worldchefs congress', '%Worldchefs%'],
    ['days to go until commodity trading week apac', '%Commodity Trading Week%'],
    ['how many days do we have left before the worldchefs congress?', '%Worldchefs%'],
    ['countdown to cyber security world asia pls', '%Cyber Security World Asia%'],
  ])('reads the time left before the event: %s', (question, like) => {
    const asked = f.ask(question);
    expect(asked.kind, question).toBe('sql');
    if (asked.kind !== 'sql') return;
    expect(column(asked, 'days_until')).toEqual([daysTo(like)]);
    expect(asked.interpretation).toContain(`days from ${AS_OF} until the start`);
  });

  it('keeps a span of days with no word of time left the duration of the event', () => {
    const asked = f.ask('how many days is the worldchefs congress');
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/showing duration/);
    expect(asked.kind === 'sql' && asked.sql).not.toMatch(/days_until/);
  });

  it('reads no time left where no event follows the until-word ("the days before christmas")', () => {
    const asked = f.ask('how many days before christmas');
    expect(asked.kind === 'sql' && /days_until/.test(asked.sql)).toBe(false);
  });
});
