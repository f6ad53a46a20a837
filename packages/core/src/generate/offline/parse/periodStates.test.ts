import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRealData, warnIfNoRealData } from '@musaeid/testkit';
import { tokenize } from '../text/tokenize';
import { AS_OF, realFixture, type Fixture } from '../testkit';
import { scanTime } from './scanTime';

/**
 * What is left of a period asked with "what's left" (from today on, within the period), and events over already
 * within a calendar period ("already wrapped up this month": ended before today, ending in the month). Sentences of
 * our own.
 */
function conds(text: string): unknown[] {
  const tokens = tokenize(text);
  return scanTime(tokens, new Array<boolean>(tokens.length).fill(false), AS_OF).map((h) =>
    'cond' in h ? h.cond : { unclear: h.unclear },
  );
}

describe('what is left of a period', () => {
  it.each([
    "what's left in the autumn",
    'what is left this year?',
    'whats left for the rest of the year',
    "what's left in november",
    'what is left before christmas',
  ])('is from today on: %s', (q) => {
    expect(conds(q)).toContainEqual(expect.objectContaining({ kind: 'startBetween', from: AS_OF, to: null }));
  });

  it.each(['who left the company', 'what is on the left', 'left handed people'])('is no period: %s', (q) => {
    expect(conds(q)).not.toContainEqual(expect.objectContaining({ kind: 'startBetween', from: AS_OF, to: null }));
  });
});

describe('events over already within a calendar period', () => {
  it.each([
    ['shows that have already wrapped up this month', '2024-07-01', '2024-07-31'],
    ['things already done this year', '2024-01-01', '2024-12-31'],
    ['events that are already over this month', '2024-07-01', '2024-07-31'],
    ['which expos have wrapped up this week', '2024-07-15', '2024-07-21'],
    ['conferences that have wrapped up this year', '2024-01-01', '2024-12-31'],
  ])('ended before today, ending in the period: %s', (q, from, to) => {
    const read = conds(q);
    expect(read).toContainEqual(expect.objectContaining({ kind: 'past' }));
    expect(read).toContainEqual(expect.objectContaining({ kind: 'endBetween', from, to }));
  });

  it.each(['events done by acme', 'events that are over 3 days long'])('no state where an object follows: %s', (q) => {
    expect(conds(q)).not.toContainEqual(expect.objectContaining({ kind: 'past' }));
  });
});

warnIfNoRealData('states of periods');

describe.runIf(hasRealData)('states of periods (real data)', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await realFixture();
  });
  afterAll(() => f.close());

  it('lists only the events of this month that ended before today', () => {
    const asked = f.ask("stuff that's already wrapped up this month");
    expect(asked.kind).toBe('sql');
    if (asked.kind !== 'sql') return;
    const ended = f.oracle(
      `SELECT DISTINCT name FROM events WHERE COALESCE(end_date, start_date) < ? AND COALESCE(end_date, start_date) >= '2024-07-01'`,
      AS_OF,
    );
    expect(new Set(asked.rows.map((r) => r[0]))).toEqual(ended);
  });

  it("reads what's left of a season from today to its end", () => {
    const asked = f.ask("what's left for the rest of the summer");
    expect(asked.kind === 'sql' && asked.interpretation).toMatch(/starting 2024-07-15\.\.2024-08-31/);
  });
});
