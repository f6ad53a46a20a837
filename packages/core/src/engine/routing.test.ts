import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LlmError } from '../errors/LlmError';
import { ModelFallbackFailed } from '../errors/ModelFallbackFailed';
import { GlossaryIndex } from '../learn/GlossaryIndex';
import type { VerifiedExample } from '../learn/VerifiedExample';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { ScriptedLlm } from '../testing/ScriptedLlm';
import { testTables } from '../testing/testTables';
import { Engine } from './Engine';

const AS_OF = '2024-06-01';
const isSynthesis = (prompt: string) => prompt.startsWith('Given an input question, synthesize');

/**
 * Routing between the offline parser and a model (issue 13): the parser answers what it understands whole, the
 * model only what it could not map, and a failing model leaves the parser's own clarification or refusal.
 */
describe('Engine routing: offline parser first, the model for an incomplete parse', () => {
  let data: TestDatabase;
  /** What the scripted model writes for the next SQL prompt (synthesis prompts get a fixed sentence). */
  let reply: (prompt: string) => string;
  const llm = new ScriptedLlm((prompt) => (isSynthesis(prompt) ? 'The model says so.' : reply(prompt)));
  const logged: Error[] = [];
  let engine: Engine;
  let example: VerifiedExample;
  beforeAll(async () => {
    data = createTestDatabase({ people: 50, companies: 10 });
    engine = await Engine.create({
      dbFile: data.file,
      tables: testTables(data.file),
      llmInstance: llm,
      logError: (e) => logged.push(e),
    });
    // A verified example of the offline kind: its request is shown to the model as SQL with the values in.
    const verified = await engine.ask('Which events are in Singapore?', { asOf: AS_OF });
    example = {
      id: 'x1',
      question: 'Which events are in Singapore?',
      generator: 'offline',
      request: (verified.understanding as { request: unknown }).request,
      sql: verified.sql,
      interpretation: verified.interpretation,
    };
  });
  afterAll(async () => {
    await engine.close();
    data.cleanup();
  });

  it('answers a question the parser understands whole without calling the model', async () => {
    const before = llm.prompts.length;
    const answer = await engine.ask('How many events are there?', { asOf: AS_OF });
    expect(answer).toMatchObject({ status: 'answered', path: 'offline', usage: [] });
    expect(answer.text).not.toBe('The model says so.');
    // Data changes and questions outside the data are refused by the parser, also without the model.
    expect(await engine.ask('Delete all events', { asOf: AS_OF })).toMatchObject({
      status: 'refused',
      reason: { code: 'MODIFICATION_REQUEST' },
      path: 'offline',
    });
    expect(await engine.ask('What is the weather?', { asOf: AS_OF })).toMatchObject({
      status: 'refused',
      reason: { code: 'OUT_OF_SCOPE' },
    });
    // Example questions for a greeting are verified offline only.
    await engine.suggestQuestions({ asOf: AS_OF });
    expect(llm.prompts.length).toBe(before);
  });

  it('asks the model what the parser could not map, with the glossary, a verified example and the partial reading', async () => {
    reply = () => 'SQLQuery: SELECT name FROM companies WHERE revenue_usd > 1000000 ORDER BY name\nSQLResult:';
    const before = llm.prompts.length;
    const glossary = new GlossaryIndex([
      { id: 'g1', term: 'local events', scope: 'workspace', concept: { kind: 'countries', countries: ['Singapore'] } },
    ]);
    const answer = await engine.ask('Which unicorns sponsor local events?', {
      asOf: AS_OF,
      glossary,
      examples: [example],
    });
    expect(answer.status).toBe('answered');
    expect(answer.path).toBe('offline+llm');
    expect(answer.sql).toBe('SELECT name FROM companies WHERE revenue_usd > 1000000 ORDER BY name');
    expect(answer.interpretation).toContain('the offline reader could not map "unicorns"');
    expect(answer.interpretation).toContain('workspace glossary: "local events"');
    expect(answer.usage.length).toBeGreaterThanOrEqual(1);
    expect(answer.usage.every((u) => u.provider === 'scripted' && u.promptTokens > 0)).toBe(true);
    const prompt = llm.prompts[before] ?? '';
    expect(prompt).toContain('"local events" means: events in Singapore');
    // the verified example is the offline list of events (each event once: `eventsOnce`)
    expect(prompt).toContain('Question: Which events are in Singapore?\nSQLQuery: SELECT "event", "url"');
    expect(prompt).toContain(`WHERE "e1"."country" IN ('Singapore')`);
    expect(prompt).toContain('the reader could not map "unicorns"');
  });

  it('gives the parser clarification when the model writes SQL the guard rejects, and logs that once', async () => {
    reply = () => 'SQLQuery: DELETE FROM companies\nSQLResult:';
    logged.length = 0;
    const answer = await engine.ask('Which companies are unicorns?', { asOf: AS_OF });
    expect(answer).toMatchObject({ status: 'clarify', path: 'offline', clarification: { part: 'unicorns' } });
    expect(answer.sql).toBeNull();
    // The model was paid for, so its tokens stay in the usage.
    expect(answer.usage.length).toBeGreaterThan(0);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toBeInstanceOf(ModelFallbackFailed);
    expect(logged[0]?.message).toContain('GUARD_REJECTED');
  });

  it('gives the parser refusal when the provider fails, and logs that once', async () => {
    reply = () => {
      throw new LlmError('scripted', 'connection refused');
    };
    logged.length = 0;
    const answer = await engine.ask('Which companies sponsor events in Atlantis?', { asOf: AS_OF });
    expect(answer).toMatchObject({ status: 'refused', reason: { code: 'UNMAPPED' }, path: 'offline' });
    expect(logged).toHaveLength(1);
    expect(logged[0]?.message).toContain('LLM_ERROR');
  });

  it("leaves the parser's clarification without logging when the model declines", async () => {
    reply = () => 'SQLQuery: NONE';
    logged.length = 0;
    const answer = await engine.ask('Which events have a zorbly vibe?', { asOf: AS_OF });
    expect(answer).toMatchObject({ status: 'clarify', path: 'offline' });
    expect(logged).toHaveLength(0);
  });
});
