import { afterEach, describe, expect, it } from 'vitest';
import { LlmError } from '../errors/LlmError';
import { LlmSqlGenerator } from '../generate/llm/LlmSqlGenerator';
import { SqliteDatabase } from '../schema/SqliteDatabase';
import { createTestDatabase } from '../testing/createTestDatabase';
import { startJsonServer } from '@musaeid/testkit';
import { testTables } from '../testing/testTables';
import { OllamaLlm } from './OllamaLlm';
import { OpenAiLlm } from './OpenAiLlm';
import { ReplicateLlm } from './ReplicateLlm';
import { meterUsage } from './usageMeter';

const REPLY = "SQLQuery: SELECT name FROM events WHERE country = 'Singapore'\nSQLResult: [...]\nAnswer: two events";
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0)) await fn();
});

async function generatorFor(llm: OpenAiLlm | ReplicateLlm | OllamaLlm) {
  const data = createTestDatabase({ people: 20, companies: 5 });
  const tables = testTables(data.file);
  const database = SqliteDatabase.open({ file: data.file, tables, sampleRows: 1 });
  cleanups.push(() => {
    database.close();
    data.cleanup();
  });
  const generator = new LlmSqlGenerator({ llm, database });
  const input = {
    question: 'Which events are in Singapore?',
    history: [],
    asOf: '2024-06-01',
    tables: tables.filter((t) => t.name === 'events'),
  };
  return { generator, input };
}

describe('OpenAI adapter against a local /v1/chat/completions server', () => {
  it('sends model, temperature 0 and the schema; reads SQLQuery and usage', async () => {
    const server = await startJsonServer(() => ({
      body: {
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1,
        model: 'gpt-test',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: REPLY } }],
        usage: { prompt_tokens: 321, completion_tokens: 17, total_tokens: 338 },
      },
    }));
    cleanups.push(server.close);
    const llm = new OpenAiLlm({ apiKey: 'sk-test', baseUrl: `${server.url}/v1`, model: 'gpt-test' });
    const { generator, input } = await generatorFor(llm);
    const generated = await generator.generate(input);
    expect(generated).toMatchObject({ kind: 'sql', sql: "SELECT name FROM events WHERE country = 'Singapore'" });
    expect(generated.usage).toEqual([
      { provider: 'openai', model: 'gpt-test', promptTokens: 321, completionTokens: 17, estimated: false },
    ]);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test');
    expect(request?.body.model).toBe('gpt-test');
    expect(request?.body.temperature).toBe(0);
    const prompt: string = request?.body.messages[0].content;
    expect(prompt).toContain('Given an input question, first create a syntactically correct SQLite query to run');
    expect(prompt).toContain("Table 'events'");
    expect(prompt).toContain('Question: Which events are in Singapore?\nSQLQuery: ');
  });

  it('estimates tokens with the tokenizer when the server reports no usage', async () => {
    const server = await startJsonServer(() => ({
      body: {
        id: 'x',
        object: 'chat.completion',
        created: 1,
        model: 'm',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'SELECT 1' } }],
      },
    }));
    cleanups.push(server.close);
    const llm = new OpenAiLlm({ apiKey: 'k', baseUrl: server.url, model: 'm' });
    const { usage } = await meterUsage(() => llm.complete({ prompt: 'How many events are there in total?' }));
    expect(usage).toHaveLength(1);
    expect(usage[0]).toMatchObject({ provider: 'openai', estimated: true, completionTokens: 3 });
    expect(usage[0]!.promptTokens).toBeGreaterThan(5);
  });

  it('turns HTTP errors into LlmError', async () => {
    const server = await startJsonServer(() => ({
      status: 401,
      body: { error: { message: 'bad key', type: 'invalid_request_error' } },
    }));
    cleanups.push(server.close);
    const llm = new OpenAiLlm({ apiKey: 'k', baseUrl: server.url });
    await expect(llm.complete({ prompt: 'x' })).rejects.toBeInstanceOf(LlmError);
  });
});

describe('Replicate adapter against a local predictions API', () => {
  it('creates a prediction with Prefer: wait, polls until done and reads token metrics', async () => {
    let polls = 0;
    const server = await startJsonServer((request) => {
      if (request.method === 'POST') {
        return {
          status: 201,
          body: {
            id: 'p1',
            status: 'processing',
            model: 'meta/meta-llama-3-70b-instruct',
            input: request.body.input,
            urls: { get: 'x', cancel: 'y' },
          },
        };
      }
      polls++;
      if (polls < 2) return { body: { id: 'p1', status: 'processing', urls: { get: 'x', cancel: 'y' } } };
      return {
        body: {
          id: 'p1',
          status: 'succeeded',
          output: ['SQLQuery: SELECT name ', 'FROM events', '\nSQLResult: x'],
          metrics: { input_token_count: 412, output_token_count: 9, predict_time: 1.2 },
          urls: { get: 'x', cancel: 'y' },
        },
      };
    });
    cleanups.push(server.close);
    const llm = new ReplicateLlm({ apiToken: 'r8_test', baseUrl: `${server.url}/v1`, pollIntervalMs: 10 });
    const { generator, input } = await generatorFor(llm);
    const generated = await generator.generate(input);
    expect(generated).toMatchObject({ kind: 'sql', sql: 'SELECT name FROM events' });
    expect(generated.usage).toEqual([
      {
        provider: 'replicate',
        model: 'meta/meta-llama-3-70b-instruct',
        promptTokens: 412,
        completionTokens: 9,
        estimated: false,
      },
    ]);
    const [create, ...gets] = server.requests;
    expect(create?.method).toBe('POST');
    expect(create?.path).toBe('/v1/models/meta/meta-llama-3-70b-instruct/predictions');
    expect(create?.headers.prefer).toBe('wait');
    expect(create?.headers.authorization).toBe('Bearer r8_test');
    expect(create?.body.input.temperature).toBe(0);
    expect(create?.body.input.prompt_template).toBe('{prompt}');
    const prompt: string = create?.body.input.prompt;
    expect(
      prompt.startsWith('<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nGiven an input question'),
    ).toBe(true);
    expect(prompt).toContain("Table 'events'");
    expect(prompt.endsWith('<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n')).toBe(true);
    expect(gets.length).toBeGreaterThanOrEqual(2);
    expect(gets.every((g) => g.method === 'GET' && g.path === '/v1/predictions/p1')).toBe(true);
  });

  it('reports a failed prediction as LlmError', async () => {
    const server = await startJsonServer(() => ({
      status: 201,
      body: { id: 'p2', status: 'failed', error: 'out of memory', urls: {} },
    }));
    cleanups.push(server.close);
    const llm = new ReplicateLlm({ apiToken: 't', baseUrl: server.url });
    await expect(llm.complete({ prompt: 'x' })).rejects.toThrow(/out of memory/);
  });
});

describe('Ollama adapter against a local /api/chat server', () => {
  it('sends model, temperature 0 and the schema; reads prompt_eval_count / eval_count', async () => {
    const server = await startJsonServer(() => ({
      body: {
        model: 'llama3',
        created_at: '2024-01-01T00:00:00Z',
        message: { role: 'assistant', content: REPLY },
        done: true,
        prompt_eval_count: 250,
        eval_count: 12,
      },
    }));
    cleanups.push(server.close);
    const llm = new OllamaLlm({ host: server.url });
    const { generator, input } = await generatorFor(llm);
    const generated = await generator.generate(input);
    expect(generated).toMatchObject({ kind: 'sql', sql: "SELECT name FROM events WHERE country = 'Singapore'" });
    expect(generated.usage).toEqual([
      { provider: 'ollama', model: 'llama3', promptTokens: 250, completionTokens: 12, estimated: false },
    ]);
    const [request] = server.requests;
    expect(request?.path).toBe('/api/chat');
    expect(request?.body.model).toBe('llama3');
    expect(request?.body.stream).toBe(false);
    expect(request?.body.options.temperature).toBe(0);
    expect(request?.body.messages[0].content).toContain("Table 'events'");
  });
});
