/**
 * Issue 13, routing between the offline parser and a model, end to end: the real server (`musaeid serve` on
 * 127.0.0.1, demo data) configured with the OpenAI-protocol provider pointed at a local server speaking
 * the chat-completions and embeddings protocols (testkit's `startJsonServer`, which the provider tests use, with
 * testkit's fake embedding model), and the SDK as the client. What the parser understands whole never reaches the model; what it cannot map
 * does, with the glossary term and a verified example in the prompt (found by meaning too: a paraphrase sharing
 * no word with it), and the model's SQL answers; a model that fails leaves the parser's own clarification. Usage says which path answered and what it cost.
 */
import path from 'node:path';

import {
  createUserWithCli,
  freePort,
  makeTmp,
  openAiEmbeddingsReply,
  prepareDatabase,
  removeTmp,
  ServerProcess,
  startJsonServer,
  type RecordedRequest,
} from '@musaeid/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createMusaeidClient, type MusaeidClient } from './index';

/** The SQL the local model writes for any question it is asked to turn into SQL. */
const MODEL_SQL = 'SELECT name FROM companies ORDER BY name LIMIT 3';
/** A word in a question that makes the local model fail (HTTP 400: no retry, an LlmError). */
const FAILING_WORD = 'zorbly';
const PROMPT_TOKENS = 400;
const COMPLETION_TOKENS = 12;

const promptOf = (request: RecordedRequest): string =>
  request.path === '/v1/chat/completions' ? String(request.body.messages[0].content) : '';
const isSynthesis = (prompt: string) => prompt.startsWith('Given an input question, synthesize');

describe('routing between the offline parser and a model, over the real API', () => {
  let dir: string;
  let model: Awaited<ReturnType<typeof startJsonServer>>;
  let server: ServerProcess;
  let alice: MusaeidClient;
  let admin: MusaeidClient;
  /** The two countries with the most events in the demo data. */
  let countries: [string, string];

  beforeAll(async () => {
    model = await startJsonServer((request) => {
      if (request.path === '/v1/embeddings') return openAiEmbeddingsReply(request);
      const prompt = promptOf(request);
      if (prompt.includes(FAILING_WORD))
        return { status: 400, body: { error: { message: 'the local model refuses', type: 'invalid_request_error' } } };
      const content = isSynthesis(prompt) ? 'Three companies.' : `SQLQuery: ${MODEL_SQL}\nSQLResult:`;
      return {
        body: {
          id: 'c',
          object: 'chat.completion',
          created: 1,
          model: 'gpt-local',
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
          usage: { prompt_tokens: PROMPT_TOKENS, completion_tokens: COMPLETION_TOKENS, total_tokens: 412 },
        },
      };
    });
    dir = makeTmp('sdk-routing');
    const db = path.join(dir, 'musaeid.db');
    await prepareDatabase(db, { data: 'demo', people: 300, seed: 7 });
    const users = {
      alice: await createUserWithCli(db, 'alice@routing.test'),
      admin: await createUserWithCli(db, 'admin@routing.test', { admin: true }),
    };
    server = new ServerProcess({
      db,
      port: await freePort(),
      env: {
        MUSAEID_LLM: 'openai',
        OPENAI_API_KEY: 'sk-local',
        OPENAI_BASE_URL: `${model.url}/v1`,
        MUSAEID_LLM_MODEL: 'gpt-local',
      },
    });
    await server.start();
    alice = createMusaeidClient({ url: server.url, apiKey: users.alice.apiKey });
    admin = createMusaeidClient({ url: server.url, apiKey: users.admin.apiKey });
    const run = await alice.data.run.mutate({
      sql: 'SELECT country FROM events WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country LIMIT 2',
    });
    const [a, b] = run.rows.map((r) => String(r[0]));
    if (!a || !b) throw new Error('the demo data has events in fewer than two countries');
    countries = [a, b];
  }, 300_000);
  afterAll(async () => {
    await server?.stop('SIGTERM');
    await model?.close();
    if (dir) removeTmp(dir);
  });

  /** The model requests made while `fn` ran. */
  async function modelCalls<T>(fn: () => Promise<T>): Promise<{ result: T; calls: RecordedRequest[] }> {
    const before = model.requests.length;
    const result = await fn();
    return { result, calls: model.requests.slice(before) };
  }

  it('answers what the parser understands without the model, and reuses a verified answer with another country', async () => {
    const [first, second] = countries;
    const { result: asked, calls } = await modelCalls(() => alice.ask(`Which events are in ${first}?`));
    expect(calls).toEqual([]);
    expect(asked.message.answer).toMatchObject({ status: 'answered', path: 'offline', usage: [] });
    const rated = await alice.message.rate.mutate({ messageId: asked.message.id, rating: 'up' });
    expect(rated.exampleId).not.toBeNull();

    // The same question with another country: the verified request with the slot re-filled, offline.
    const { result: other, calls: otherCalls } = await modelCalls(() => alice.ask(`Which events are in ${second}?`));
    expect(otherCalls).toEqual([]);
    expect(other.message.answer).toMatchObject({ status: 'answered', path: 'offline' });
    expect(other.message.answer?.interpretation).toContain(`as verified for "Which events are in ${first}?"`);
    expect(other.message.answer?.interpretation).toContain(second);
    const direct = await alice.data.run.mutate({
      sql: `SELECT count(DISTINCT lower(name)) FROM events WHERE country = '${second.replaceAll("'", "''")}'`,
    });
    expect(other.message.answer?.rowCount).toBe(Number(direct.rows[0]?.[0]));

    // A question of another structure (a count, not a list) is read afresh, not as the verified one.
    const count = await alice.ask(`How many events are in ${second}?`);
    expect(count.message.answer?.status).toBe('answered');
    expect(count.message.answer?.interpretation ?? '').not.toContain('verified');
  });

  it('asks the model what the parser cannot map, with the glossary term and a verified example, and runs its SQL', async () => {
    const [first] = countries;
    await admin.glossary.upsert.mutate({
      term: 'home turf',
      scope: 'workspace',
      concept: { kind: 'countries', countries: [first] },
    });
    const question = 'Which unicorns sponsor home turf events?';
    const { result: asked, calls } = await modelCalls(() => alice.ask(question));
    const answer = asked.message.answer;
    expect(answer).toMatchObject({ status: 'answered', path: 'offline+llm', sql: MODEL_SQL, rowCount: 3 });
    expect(answer?.interpretation).toContain('the offline reader could not map "unicorns"');
    expect(answer?.interpretation).toContain('workspace glossary: "home turf"');
    const sqlPrompts = calls.map(promptOf).filter((p) => p && !isSynthesis(p));
    expect(sqlPrompts).toHaveLength(1);
    const prompt = sqlPrompts[0] ?? '';
    expect(prompt).toContain(`"home turf" means: events in ${first}`);
    expect(prompt).toContain(`Question: Which events are in ${first}?\nSQLQuery: SELECT`);
    expect(prompt).toContain('could not map "unicorns"');
    expect(calls.find((c) => c.path === '/v1/chat/completions')?.body.model).toBe('gpt-local');
    // What the model was paid for is in the answer's usage and in the month's usage, under its path.
    const chatCalls = calls.filter((c) => c.path === '/v1/chat/completions').length;
    const answerPrompt = (answer?.usage ?? [])
      .filter((u) => u.model === 'gpt-local')
      .reduce((s, u) => s + u.promptTokens, 0);
    expect(answerPrompt).toBe(chatCalls * PROMPT_TOKENS);
    const usage = await alice.usage.summary.query({});
    expect(usage.users[0]?.paths['offline+llm']).toBe(1);
    expect(usage.users[0]?.completionTokens).toBe(chatCalls * COMPLETION_TOKENS);
    expect(usage.users[0]?.promptTokens).toBeGreaterThanOrEqual(chatCalls * PROMPT_TOKENS);
  });

  it("gives the parser's clarification, not an error, when the model fails", async () => {
    const { result: asked, calls } = await modelCalls(() => alice.ask(`Which events have a ${FAILING_WORD} vibe?`));
    expect(calls.some((c) => c.path === '/v1/chat/completions')).toBe(true);
    expect(asked.message.answer).toMatchObject({ status: 'clarify', path: 'offline' });
    expect(asked.clarification?.part).toContain(FAILING_WORD);
    const usage = await alice.usage.summary.query({});
    expect(usage.users[0]?.paths).toMatchObject({ offline: 4, 'offline+llm': 1, llm: 0 });
  });

  it('shows the model a verified example found by meaning (embeddings), though the question shares no word with it', async () => {
    const [first] = countries;
    // "conferences" is "events" to the embedding model; no word of the question is a word of the example's.
    const question = 'Which unicorn conferences are there?';
    const { result: asked, calls } = await modelCalls(() => alice.ask(question));
    expect(asked.message.answer).toMatchObject({ status: 'answered', path: 'offline+llm', sql: MODEL_SQL });
    const embedded = calls.filter((c) => c.path === '/v1/embeddings');
    expect(embedded.map((c) => (c.body.input as string[])[0])).toContain(question);
    const prompt = calls.map(promptOf).find((p) => p && !isSynthesis(p)) ?? '';
    expect(prompt).toContain(`Question: Which events are in ${first}?\nSQLQuery: SELECT`);
    // The embeddings calls are part of what the answer cost.
    expect(asked.message.answer?.usage.some((u) => u.model === 'text-embedding-3-small')).toBe(true);
  });
});
