import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateRangeNote, usesTimeWindow, windowOutsideData } from '../answer/dateRangeNote';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { testTables } from '../testing/testTables';
import { Engine } from './Engine';

// The test data's events run from 2024-07-06 to 2025-05-0x (see createTestDatabase).
describe('time windows and suggestions (offline engine, real SQLite file)', () => {
  let data: TestDatabase;
  let engine: Engine;
  beforeAll(async () => {
    data = createTestDatabase({ people: 200, companies: 60 });
    engine = await Engine.create({ dbFile: data.file, tables: testTables(data.file) });
  });
  afterAll(async () => {
    await engine.close();
    data.cleanup();
  });

  it('reads the range of the data once', async () => {
    const range = await engine.dateRange();
    expect(range?.from).toBe('2024-07-06');
    expect(range?.to.slice(0, 7)).toBe('2025-05');
    expect(engine.dateRange()).toBe(engine.dateRange());
  });

  it('an empty time window says where the data lies, with a suggestion', async () => {
    const answer = await engine.ask('Which events take place in the next 3 months?', { asOf: '2026-12-04' });
    expect(answer.status).toBe('answered');
    expect(answer.rowCount).toBe(0);
    expect(answer.text).toContain('The events in the data run from July 2024 to May 2025');
    expect(answer.text).toContain('relative dates here count from 2026-12-04');
    expect(answer.text).toMatch(/try dates in that range/i);
  });

  it('says nothing about dates when the window has rows, or when nothing was narrowed by time', async () => {
    const inRange = await engine.ask('Which events take place in the next 3 months?', { asOf: '2025-04-20' });
    expect(inRange.rowCount).toBeGreaterThan(0);
    expect(inRange.text).not.toContain('The events in the data run');
    const noWindow = await engine.ask('Which events are held in Atlantis?', { asOf: '2026-12-04' });
    expect(noWindow.text).not.toContain('The events in the data run');
  });

  it('recognises a time window from the SQL of any generator', () => {
    expect(
      usesTimeWindow({
        sql: 'SELECT name FROM events WHERE start_date >= ? AND start_date < ?',
        params: ['2026-01-01'],
      }),
    ).toBe(true);
    expect(
      usesTimeWindow({
        sql: `SELECT name FROM events WHERE "start_date" BETWEEN '2026-01-01' AND '2026-02-01'`,
        params: [],
      }),
    ).toBe(true);
    expect(usesTimeWindow({ sql: 'SELECT name FROM events WHERE country = ?', params: ['Singapore'] })).toBe(false);
    expect(dateRangeNote({ from: '2024-07-06', to: '2025-05-02' }, '2025-01-01')).toBe(
      'The events in the data run from July 2024 to May 2025. Try dates in that range.',
    );
  });

  it.each([
    // a window of the understanding inside the data's dates: empty for its other conditions
    [{ kind: 'startBetween', from: '2024-10-01', to: '2024-12-31', label: 'q4' }, false],
    [{ kind: 'endBetween', from: '2025-04-01', to: '2025-04-30', label: 'april' }, false],
    [{ kind: 'startBetween', from: null, to: '2025-02-28', label: 'before march' }, false],
    [{ kind: 'past', asOf: '2025-01-10' }, false],
    // ... (partly) outside them: the window may be why
    [{ kind: 'startBetween', from: '2026-12-04', to: '2027-03-04', label: 'next 3 months' }, true],
    [{ kind: 'startBetween', from: '2024-07-15', to: '2025-07-15', label: 'next 12 months' }, true],
    [{ kind: 'ongoing', asOf: '2023-01-01' }, true],
  ])('the window %j lies outside the data: %s', (cond, outside) => {
    const run = { sql: 'SELECT 1', params: [], understanding: { request: { target: { conds: [cond] } } } };
    expect(windowOutsideData(run, { from: '2024-07-06', to: '2025-05-02' })).toBe(outside);
  });

  it('with no understanding, the dates compared in the SQL decide', () => {
    const range = { from: '2024-07-06', to: '2025-05-02' };
    const sql = 'SELECT name FROM events WHERE start_date >= ? AND start_date <= ?';
    expect(windowOutsideData({ sql, params: ['2024-10-01', '2024-12-31'] }, range)).toBe(false);
    expect(windowOutsideData({ sql, params: ['2025-06-01', '2025-06-30'] }, range)).toBe(true);
  });

  it.each(['2024-07-10', '2025-04-20', '2026-12-04'])(
    'every suggestion as of %s returns rows when asked (candidates that find nothing are dropped)',
    async (asOf) => {
      const suggestions = await engine.suggestQuestions({ asOf, max: 20 });
      expect(suggestions.length).toBeGreaterThanOrEqual(2);
      for (const s of suggestions) {
        const answer = await engine.ask(s.question, { asOf });
        expect(answer.status, s.question).toBe('answered');
        expect(answer.rowCount, s.question).toBeGreaterThan(0);
        expect(answer.rows, s.question).not.toEqual([[0]]);
      }
    },
  );

  it('drops "the next 3 months" when the next event is further away, keeps it when it is near', async () => {
    // 2024-07-10: the next event (2024-11-13) exists but is more than 3 months away.
    const far = await engine.suggestQuestions({ asOf: '2024-07-10' });
    expect(far.map((s) => s.question)).not.toContain('Which events take place in the next 3 months?');
    const near = await engine.suggestQuestions({ asOf: '2025-04-20' });
    expect(near.map((s) => s.question)).toContain('Which events take place in the next 3 months?');
  });

  it('computes the suggestions once per date', async () => {
    const first = await engine.suggestQuestions({ asOf: '2025-04-20', max: 3 });
    const again = await engine.suggestQuestions({ asOf: '2025-04-20', max: 3 });
    expect(again).toEqual(first);
    expect(first).toHaveLength(3);
  });
});
