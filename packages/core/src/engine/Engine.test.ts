import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlGenerator } from '../generate/SqlGenerator';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { ScriptedLlm } from '../testing/ScriptedLlm';
import { testTables } from '../testing/testTables';
import type { ProgressEvent } from '../types/ProgressEvent';
import { Engine } from './Engine';

/** A stand-in for the offline generator: fixed SQL per keyword. */
const scriptedGenerator: SqlGenerator = {
  name: 'scripted',
  async generate({ question, history }) {
    if (/delete|drop/i.test(question))
      return {
        kind: 'refusal',
        code: 'MODIFICATION_REQUEST',
        message: 'The data is read-only; I can only answer questions about it.',
      };
    if (/weather/i.test(question))
      return {
        kind: 'refusal',
        code: 'OUT_OF_SCOPE',
        message: 'I can only answer questions about events, companies and people.',
      };
    if (/how many events/i.test(question))
      return {
        kind: 'sql',
        sql: 'SELECT count(*) AS events FROM events WHERE country = ?',
        params: ['Singapore'],
        interpretation: 'events in Singapore',
        understanding: { entity: 'events' },
      };
    if (/everyone/i.test(question))
      return { kind: 'sql', sql: 'SELECT full_name FROM people ORDER BY id', params: [], interpretation: 'all people' };
    if (/forever/i.test(question))
      return {
        kind: 'sql',
        sql: 'SELECT count(*) FROM people a, people b, companies c',
        params: [],
        interpretation: 'a runaway',
      };
    if (/those/i.test(question) && history.length)
      return {
        kind: 'sql',
        sql: `${history.at(-1)!.sql} AND city = 'Singapore'`,
        params: ['Singapore'],
        interpretation: 'follow-up',
      };
    return {
      kind: 'sql',
      sql: 'SELECT name FROM events WHERE country = ? ORDER BY name',
      params: ['Singapore'],
      interpretation: 'events in Singapore',
    };
  },
};

describe('Engine with a scripted generator', () => {
  let data: TestDatabase;
  let engine: Engine;
  beforeAll(async () => {
    data = createTestDatabase({ people: 3000, companies: 500 });
    engine = await Engine.create({
      dbFile: data.file,
      tables: testTables(data.file),
      generator: scriptedGenerator,
      timeoutMs: 700,
      rowCap: 100,
      previewRows: 5,
    });
  });
  afterAll(async () => {
    await engine.close();
    data.cleanup();
  });

  it('answers with SQL, params, rows, text, timings and progress events', async () => {
    const events: ProgressEvent[] = [];
    const answer = await engine.ask('Which events are in Singapore?', {
      onProgress: (e) => events.push(e),
      asOf: '2024-06-01',
    });
    expect(answer.status).toBe('answered');
    expect(answer.reason).toBeNull();
    expect(answer.sql).toBe('SELECT name FROM events WHERE country = ? ORDER BY name');
    expect(answer.params).toEqual(['Singapore']);
    expect(answer.columns).toEqual(['name']);
    expect(answer.rows).toEqual([['Asia Energy Summit'], ['Food Asia Expo']]);
    expect(answer.rowCount).toBe(2);
    expect(answer.text).toBe('Found 2 results for events in Singapore: Asia Energy Summit and Food Asia Expo.');
    expect(answer.usage).toEqual([]);
    expect(events.map((e) => e.stage)).toEqual(['understood', 'sql', 'rows', 'answer']);
    for (const key of ['retrieveMs', 'generateMs', 'executeMs', 'synthesizeMs', 'totalMs'] as const) {
      expect(answer.timings[key]).toBeGreaterThanOrEqual(0);
    }
  });

  it('states a single value plainly and keeps the understanding', async () => {
    const answer = await engine.ask('How many events are in Singapore?');
    expect(answer.rows).toEqual([[2]]);
    expect(answer.text).toBe('The answer for events in Singapore is 2.');
    expect(answer.understanding).toEqual({ entity: 'events' });
  });

  it('passes the history to the generator for follow-ups', async () => {
    const first = await engine.ask('Which events are in Singapore?');
    const followUp = await engine.ask('Which of those are in the city?', {
      history: [{ question: 'Which events are in Singapore?', sql: first.sql, interpretation: first.interpretation }],
    });
    expect(followUp.sql).toContain("AND city = 'Singapore'");
  });

  it('answers with the first page (the row cap), the exact total and a preview', async () => {
    const answer = await engine.ask('List everyone');
    expect(answer.status).toBe('answered');
    expect(answer.rows).toHaveLength(100);
    expect(answer.rowCount).toBe(3000);
    expect(answer.rowCountExact).toBe(true);
    expect(answer.truncated).toBe(true);
    expect(answer.preview).toHaveLength(5);
    expect(answer.text).toMatch(/^Found 3,000 results for all people: First1 Last1, .* and 2,990 more\.$/);
  });

  it('reports a runaway query as TIMEOUT, not a crash', async () => {
    const answer = await engine.ask('count forever');
    expect(answer.status).toBe('failed');
    expect(answer.reason?.code).toBe('TIMEOUT');
    expect(answer.text).toMatch(/stopped after 700 ms/);
  });

  it('returns refusals from the generator', async () => {
    const answer = await engine.ask('Delete all the people');
    expect(answer).toMatchObject({ status: 'refused', reason: { code: 'MODIFICATION_REQUEST' }, sql: null, rows: [] });
    expect(answer.text).toMatch(/read-only/);
  });

  it('runs user-edited SQL through the guard', async () => {
    const ok = await engine.runSql("SELECT name FROM companies WHERE revenue_raw = '$5 million'");
    expect(ok).toMatchObject({ status: 'answered', rows: [['Acme Energy']] });
    const bad = await engine.runSql('SELECT * FROM users');
    expect(bad).toMatchObject({ status: 'failed', reason: { code: 'GUARD_REJECTED' } });
    const broken = await engine.runSql('SELECT nope FROM events');
    expect(broken).toMatchObject({ status: 'failed', reason: { code: 'SQL_ERROR' } });
  });

  it('describes the schema', () => {
    expect(engine.schema().map((t) => t.name)).toEqual([
      'events',
      'tags',
      'event_tags',
      'companies',
      'company_industries',
      'participations',
      'people',
      'person_job_functions',
    ]);
  });
});

describe('Engine with a scripted LLM (NLSQLRetriever + RetrieverQueryEngine)', () => {
  let data: TestDatabase;
  beforeAll(() => {
    data = createTestDatabase({ people: 50, companies: 10 });
  });
  afterAll(() => data.cleanup());

  it('retries once with the SQL error fed back, then synthesises over the rows in one-pass prompts', async () => {
    const llm = new ScriptedLlm((prompt, i) => {
      if (prompt.startsWith('Given an input question, synthesize')) return 'Acme Energy reports $5 million in revenue.';
      if (i === 0) return 'SQLQuery: SELECT name, revenue FROM companies WHERE revenue_usd >= 5000000\nSQLResult:';
      return "SQLQuery: SELECT name, revenue_raw, overview FROM companies WHERE name = 'Acme Energy'\nSQLResult:";
    });
    const engine = await Engine.create({
      dbFile: data.file,
      tables: testTables(data.file),
      llmInstance: llm,
      route: 'llm',
    });
    try {
      const answer = await engine.ask('Which companies have revenue of $5 million?', { asOf: '2024-06-01' });
      expect(answer.status).toBe('answered');
      expect(answer.sql).toBe("SELECT name, revenue_raw, overview FROM companies WHERE name = 'Acme Energy'");
      expect(answer.rows).toEqual([['Acme Energy', '$5 million', 'Revenue of $5 million; uses $& and $$ in text']]);
      expect(answer.text).toBe('Acme Energy reports $5 million in revenue.');
      expect(llm.prompts).toHaveLength(3);
      const [first, retry, synthesis] = llm.prompts as [string, string, string];
      expect(first).toContain('Question: Which companies have revenue of $5 million?\nSQLQuery: ');
      expect(first).toContain("Today's date is 2024-06-01");
      expect(first).toContain("Table 'companies'");
      expect(retry).toContain(
        'SELECT name, revenue FROM companies WHERE revenue_usd >= 5000000\nSQLResult: Error: no such column: revenue',
      );
      expect(synthesis).toContain('Query: Which companies have revenue of $5 million?');
      expect(synthesis).toContain("SQL: SELECT name, revenue_raw, overview FROM companies WHERE name = 'Acme Energy'");
      expect(synthesis).toContain('Acme Energy | $5 million | Revenue of $5 million; uses $& and $$ in text');
      expect(answer.usage).toHaveLength(3);
      expect(answer.usage.every((u) => u.provider === 'scripted')).toBe(true);
    } finally {
      await engine.close();
    }
  });

  it('gives up after the bounded number of repairs', async () => {
    const llm = new ScriptedLlm(() => 'SQLQuery: SELECT nope FROM events');
    const engine = await Engine.create({
      dbFile: data.file,
      tables: testTables(data.file),
      llmInstance: llm,
      route: 'llm',
      maxRepairs: 2,
    });
    try {
      const answer = await engine.ask('Anything?');
      expect(answer.status).toBe('failed');
      expect(answer.reason?.code).toBe('SQL_ERROR');
      expect(llm.prompts).toHaveLength(3);
    } finally {
      await engine.close();
    }
  });

  it('puts the previous turns and their SQL in the prompt', async () => {
    const llm = new ScriptedLlm((prompt) =>
      prompt.startsWith('Given an input question, synthesize')
        ? 'One of them.'
        : "SQLQuery: SELECT name FROM events WHERE country = 'Singapore' AND city = 'Singapore'",
    );
    const engine = await Engine.create({
      dbFile: data.file,
      tables: testTables(data.file),
      llmInstance: llm,
      route: 'llm',
    });
    try {
      const answer = await engine.ask('Which of those are in Singapore city?', {
        history: [
          {
            question: 'Which events are in Asia?',
            sql: "SELECT name FROM events WHERE country IN ('Singapore')",
            interpretation: null,
          },
        ],
      });
      expect(answer.status).toBe('answered');
      expect(llm.prompts[0]).toContain('Earlier in this conversation');
      expect(llm.prompts[0]).toContain(
        "Question: Which events are in Asia?\nSQLQuery: SELECT name FROM events WHERE country IN ('Singapore')",
      );
      expect(llm.prompts[0]).toMatch(/Question: Which of those are in Singapore city\?\nSQLQuery: $/);
    } finally {
      await engine.close();
    }
  });

  it('answers without calling the model when there are no rows, and refuses when the model writes NONE', async () => {
    const llm = new ScriptedLlm((prompt) =>
      prompt.includes('weather') ? 'SQLQuery: NONE' : "SQLQuery: SELECT name FROM events WHERE country = 'Atlantis'",
    );
    const engine = await Engine.create({
      dbFile: data.file,
      tables: testTables(data.file),
      llmInstance: llm,
      route: 'llm',
    });
    try {
      const none = await engine.ask('Events in Atlantis?');
      expect(none).toMatchObject({ status: 'answered', rowCount: 0 });
      expect(none.text).toMatch(/^No results/);
      expect(llm.prompts).toHaveLength(1);
      const weather = await engine.ask('What is the weather?');
      expect(weather).toMatchObject({ status: 'refused', reason: { code: 'OUT_OF_SCOPE' } });
    } finally {
      await engine.close();
    }
  });
});
