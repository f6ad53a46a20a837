import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/createTestDatabase';
import { openAiEmbeddingsReply, startJsonServer, type RecordedRequest } from '@musaeid/testkit';
import { ExampleEmbeddings } from '../learn/ExampleEmbeddings';
import { ExampleRetriever } from '../learn/ExampleRetriever';
import type { VerifiedExample } from '../learn/VerifiedExample';
import { createEmbedder } from '../llm/createEmbedder';
import { testTables } from '../testing/testTables';
import { Engine } from './Engine';

describe('Engine.create with an OpenAI-compatible server (embeddings, SQL, synthesis)', () => {
  let data: TestDatabase;
  beforeAll(() => {
    data = createTestDatabase({ people: 30, companies: 6 });
  });
  afterAll(() => data.cleanup());

  it('runs the whole configured path and meters every call', async () => {
    const server = await startJsonServer((request) => {
      if (request.path === '/v1/embeddings') {
        const input = request.body.input as string[];
        return {
          body: {
            object: 'list',
            model: 'text-embedding-3-small',
            data: input.map((text, index) => ({
              object: 'embedding',
              index,
              embedding: [text.includes('Events') || text.includes('events') ? 1 : 0, 1],
            })),
            usage: { prompt_tokens: 11, total_tokens: 11 },
          },
        };
      }
      const prompt: string = request.body.messages[0].content;
      const content = prompt.startsWith('Given an input question, synthesize')
        ? 'Two events are in Singapore: Asia Energy Summit and Food Asia Expo.'
        : "SQLQuery: ```sql\nSELECT name FROM events WHERE country = 'Singapore' ORDER BY name;\n```\nSQLResult: ...";
      return {
        body: {
          id: 'c',
          object: 'chat.completion',
          created: 1,
          model: request.body.model,
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
          usage: { prompt_tokens: prompt.length, completion_tokens: 20, total_tokens: prompt.length + 20 },
        },
      };
    });
    const engine = await Engine.create({
      dbFile: data.file,
      tables: testTables(data.file),
      llm: { provider: 'openai', apiKey: 'sk-local', baseUrl: `${server.url}/v1`, model: 'gpt-local' },
      route: 'llm',
    });
    try {
      const answer = await engine.ask('Which events are in Singapore?');
      expect(answer.status).toBe('answered');
      expect(answer.sql).toBe("SELECT name FROM events WHERE country = 'Singapore' ORDER BY name");
      expect(answer.rows).toEqual([['Asia Energy Summit'], ['Food Asia Expo']]);
      expect(answer.text).toBe('Two events are in Singapore: Asia Energy Summit and Food Asia Expo.');
      const paths = server.requests.map((r) => r.path);
      expect(paths.filter((p) => p === '/v1/embeddings').length).toBe(2);
      expect(paths.filter((p) => p === '/v1/chat/completions').length).toBe(2);
      expect(answer.usage.map((u) => `${u.provider}:${u.model}`)).toEqual([
        'openai:text-embedding-3-small',
        'openai:text-embedding-3-small',
        'openai:gpt-local',
        'openai:gpt-local',
      ]);
      expect(answer.usage.every((u) => !u.estimated)).toBe(true);
    } finally {
      await engine.close();
      await server.close();
    }
  });

  /** A local OpenAI-protocol server: testkit's fake embeddings, and SQL for any chat. */
  const model = () =>
    startJsonServer((request: RecordedRequest) =>
      request.path === '/v1/embeddings'
        ? openAiEmbeddingsReply(request)
        : {
            body: {
              id: 'c',
              object: 'chat.completion',
              created: 1,
              model: request.body.model,
              choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'SELECT 1' } }],
              usage: { prompt_tokens: 100, completion_tokens: 2, total_tokens: 102 },
            },
          },
    );

  it("route 'offline' never calls the configured provider (no SQL, no answer text, no embeddings)", async () => {
    const server = await model();
    const engine = await Engine.create({
      dbFile: data.file,
      tables: testTables(data.file),
      llm: { provider: 'openai', apiKey: 'sk-local', baseUrl: `${server.url}/v1`, model: 'gpt-local' },
      route: 'offline',
    });
    try {
      expect(engine.generatorName).toBe('offline');
      const answer = await engine.ask('Which unicorn gatherings are there?');
      expect(answer.path).toBe('offline');
      expect(server.requests).toEqual([]);
    } finally {
      await engine.close();
      await server.close();
    }
  });

  it('shows the model the examples found by meaning (examplesForModel), their embeddings metered', async () => {
    const server = await model();
    const llm = { provider: 'openai', apiKey: 'sk-local', baseUrl: `${server.url}/v1`, model: 'gpt-local' } as const;
    const engine = await Engine.create({ dbFile: data.file, tables: testTables(data.file), llm, route: 'llm' });
    const verified: VerifiedExample = {
      id: 'e1',
      question: 'Which companies sponsor the conference?',
      generator: 'llm',
      request: null,
      sql: 'SELECT name FROM companies',
      interpretation: null,
    };
    const embedder = await createEmbedder({ ...llm, embeddingModel: 'embed-local' });
    const failures: Error[] = [];
    const embeddings = new ExampleEmbeddings(embedder!, { logError: (e) => failures.push(e) });
    const retriever = new ExampleRetriever([verified], embeddings);
    try {
      const answer = await engine.ask('What firms back the expo?', {
        examplesForModel: async (question) => (await retriever.nearest(question, 3)).examples,
      });
      const chat = server.requests.filter((r) => r.path === '/v1/chat/completions');
      expect(String(chat[0]?.body.messages[0].content)).toContain(
        'Question: Which companies sponsor the conference?\nSQLQuery: SELECT name FROM companies',
      );
      expect(answer.usage.map((u) => u.model)).toContain('embed-local');
      expect(failures).toEqual([]);
    } finally {
      await engine.close();
      await server.close();
    }
  });
});
