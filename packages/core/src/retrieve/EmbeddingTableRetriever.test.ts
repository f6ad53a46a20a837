import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddingError } from '../errors/EmbeddingError';
import { meterUsage } from '../llm/usageMeter';
import type { TableDescription } from '../schema/TableDescription';
import { startJsonServer } from '@musaeid/testkit';
import { Bm25TableRetriever } from './Bm25TableRetriever';
import { EmbeddingTableRetriever } from './EmbeddingTableRetriever';
import { OllamaEmbedder } from './OllamaEmbedder';
import { OpenAiEmbedder } from './OpenAiEmbedder';

const table = (name: string, description: string, fks: TableDescription['foreignKeys'] = []): TableDescription => ({
  name,
  description,
  columns: [{ name: 'id', type: 'integer', nullable: false, description: '' }],
  primaryKey: ['id'],
  foreignKeys: fks,
});
const TABLES = [
  table('events', 'Conferences and expos.'),
  table('companies', 'Businesses.'),
  table('participations', 'Links.', [
    { column: 'event_id', references: { table: 'events', column: 'id' } },
    { column: 'company_id', references: { table: 'companies', column: 'id' } },
  ]),
  table('people', 'Contacts.', [{ column: 'company_id', references: { table: 'companies', column: 'id' } }]),
];

/** Vectors by topic: a text about gatherings points one way, about firms another, about humans a third. */
function vector(text: string): number[] {
  const t = text.toLowerCase();
  return [
    /conference|expo|gathering/.test(t) ? 1 : 0,
    /business|firm/.test(t) ? 1 : 0,
    /contact|human/.test(t) ? 1 : 0,
  ];
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0)) await fn();
});

describe('EmbeddingTableRetriever', () => {
  it('ranks tables by OpenAI /v1/embeddings similarity and adds join tables', async () => {
    const server = await startJsonServer((request) => ({
      body: {
        object: 'list',
        model: request.body.model,
        data: (request.body.input as string[]).map((text, index) => ({
          object: 'embedding',
          index,
          embedding: vector(text),
        })),
        usage: { prompt_tokens: 7, total_tokens: 7 },
      },
    }));
    cleanups.push(server.close);
    const retriever = new EmbeddingTableRetriever(
      TABLES,
      new OpenAiEmbedder({ apiKey: 'k', baseUrl: `${server.url}/v1` }),
      new Bm25TableRetriever(TABLES, { aliases: {} }),
      2,
    );
    const { result, usage } = await meterUsage(() => retriever.retrieve('Which firms go to the gathering?'));
    expect(result.map((t) => t.name)).toEqual(['events', 'companies', 'participations']);
    expect(server.requests[0]?.path).toBe('/v1/embeddings');
    expect(server.requests[0]?.body.model).toBe('text-embedding-3-small');
    expect(usage).toContainEqual({
      provider: 'openai',
      model: 'text-embedding-3-small',
      promptTokens: 7,
      completionTokens: 0,
      estimated: false,
    });
    // table vectors are computed once
    await retriever.retrieve('human contacts');
    expect(server.requests).toHaveLength(3);
  });

  it('uses Ollama /api/embed, and falls back to BM25 when embeddings fail', async () => {
    let fail = false;
    const server = await startJsonServer((request) =>
      fail
        ? { status: 404, body: { error: 'model "nomic-embed-text" not found' } }
        : {
            body: {
              model: request.body.model,
              embeddings: (request.body.input as string[]).map(vector),
              prompt_eval_count: 3,
            },
          },
    );
    cleanups.push(server.close);
    const keyword = new Bm25TableRetriever(TABLES, { aliases: {} });
    const retriever = new EmbeddingTableRetriever(TABLES, new OllamaEmbedder({ host: server.url }), keyword, 1);
    expect((await retriever.retrieve('human contacts please')).map((t) => t.name)).toContain('people');
    expect(server.requests[0]?.path).toBe('/api/embed');
    fail = true;
    const failures: EmbeddingError[] = [];
    const fresh = new EmbeddingTableRetriever(TABLES, new OllamaEmbedder({ host: server.url }), keyword, 1, (e) =>
      failures.push(e),
    );
    expect((await fresh.retrieve('companies')).map((t) => t.name)).toEqual(
      (await keyword.retrieve('companies')).map((t) => t.name),
    );
    // Reported once, typed, not at every question while the endpoint stays down.
    await fresh.retrieve('people');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(EmbeddingError);
    expect(failures[0]).toMatchObject({ provider: 'ollama', model: 'nomic-embed-text' });
  });
});
