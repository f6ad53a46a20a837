import { openAiEmbeddingsReply, startJsonServer } from '@musaeid/testkit';
import { afterEach, describe, expect, it } from 'vitest';

import { EmbeddingError } from '../errors/EmbeddingError';
import { createEmbedder } from '../llm/createEmbedder';
import { searchTokens } from '../retrieve/searchTokens';
import { ExampleEmbeddings } from './ExampleEmbeddings';
import { ExampleIndex } from './ExampleIndex';
import { ExampleRetriever } from './ExampleRetriever';
import type { VerifiedExample } from './VerifiedExample';

const example = (id: string, question: string): VerifiedExample => ({
  id,
  question,
  generator: 'llm',
  request: null,
  sql: `SELECT '${id}'`,
  interpretation: null,
});
const SPONSORS = example('sponsors', 'Which companies sponsor the conference?');
const EXAMPLES = [
  example('people', 'How many people work at Acme?'),
  SPONSORS,
  example('places', 'Which events are in Singapore?'),
  example('speakers', 'List the speakers at Money20/20'),
];
/** A paraphrase of SPONSORS sharing none of its words (firms = companies, back = sponsor, expo = conference). */
const PARAPHRASE = 'What firms back the expo?';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0)) await fn();
});

/** A local OpenAI-protocol server (testkit's fake embedding model); `failing` makes it answer 404 meanwhile. */
async function embeddingsServer() {
  const state = { failing: false };
  const server = await startJsonServer((request) =>
    state.failing
      ? { status: 404, body: { error: { message: 'model not found', type: 'invalid_request_error' } } }
      : openAiEmbeddingsReply(request),
  );
  cleanups.push(server.close);
  const embedder = await createEmbedder({
    provider: 'openai',
    apiKey: 'sk-local',
    baseUrl: `${server.url}/v1`,
    embeddingModel: 'embed-local',
  });
  if (!embedder) throw new Error('the OpenAI protocol has embeddings');
  const inputs = () => server.requests.map((r) => r.body.input as string[]);
  return { server, embedder, state, inputs };
}

describe('ExampleRetriever', () => {
  it('finds a paraphrase with no shared word by embeddings, which BM25 alone misses', async () => {
    expect(searchTokens(PARAPHRASE).filter((t) => searchTokens(SPONSORS.question).includes(t))).toEqual([]);
    expect(new ExampleIndex(EXAMPLES).nearest(PARAPHRASE, 3)).not.toContain(SPONSORS);

    const { server, embedder } = await embeddingsServer();
    const errors: EmbeddingError[] = [];
    const embeddings = new ExampleEmbeddings(embedder, { logError: (e) => errors.push(e) });
    const found = await new ExampleRetriever(EXAMPLES, embeddings).nearest(PARAPHRASE, 2);
    expect(found.ranking).toBe('bm25+embeddings');
    expect(found.examples[0]).toBe(SPONSORS);
    expect(errors).toEqual([]);
    expect(server.requests[0]?.path).toBe('/v1/embeddings');
    expect(server.requests[0]?.body.model).toBe('embed-local');
  });

  it('keeps BM25 matches in the fused ranking (exact names stay on top)', async () => {
    const { embedder } = await embeddingsServer();
    const embeddings = new ExampleEmbeddings(embedder, { logError: () => undefined });
    const found = await new ExampleRetriever(EXAMPLES, embeddings).nearest('Who spoke at Money20/20?', 1);
    expect(found.examples.map((e) => e.id)).toEqual(['speakers']);
  });

  it('embeds each example once: later questions and rebuilt sets send only what is new or edited', async () => {
    const { embedder, inputs } = await embeddingsServer();
    const embeddings = new ExampleEmbeddings(embedder, { logError: () => undefined });
    const retriever = new ExampleRetriever(EXAMPLES, embeddings);
    await retriever.nearest(PARAPHRASE, 3);
    expect(inputs()[0]).toEqual([PARAPHRASE, ...EXAMPLES.map((e) => e.question)]);
    await retriever.nearest('Which businesses fund summits?', 3);
    expect(inputs()[1]).toEqual(['Which businesses fund summits?']);

    // The set changed (an example added, one edited): a new retriever, the same cache.
    const added = example('added', 'Who exhibits at Money20/20?');
    const edited = { ...SPONSORS, question: 'Which companies sponsor the summit?' };
    const changed = [...EXAMPLES.filter((e) => e !== SPONSORS), edited, added];
    const found = await new ExampleRetriever(changed, embeddings).nearest(PARAPHRASE, 1);
    expect(inputs()[2]).toEqual([PARAPHRASE, edited.question, added.question]);
    expect(found.examples[0]?.id).toBe('sponsors');
    expect(embeddings.size).toBe(EXAMPLES.length + 2);
  });

  it('keys cached vectors by model: another model embeds the same questions again', async () => {
    const { server, inputs } = await embeddingsServer();
    for (const embeddingModel of ['embed-a', 'embed-b']) {
      const embedder = await createEmbedder({
        provider: 'openai',
        apiKey: 'k',
        baseUrl: `${server.url}/v1`,
        embeddingModel,
      });
      const embeddings = new ExampleEmbeddings(embedder!, { logError: () => undefined });
      await new ExampleRetriever(EXAMPLES, embeddings).nearest(PARAPHRASE, 1);
    }
    expect(inputs().map((i) => i.length)).toEqual([EXAMPLES.length + 1, EXAMPLES.length + 1]);
    expect(server.requests.map((r) => r.body.model)).toEqual(['embed-a', 'embed-b']);
  });

  it('falls back to BM25 when the embeddings call fails, reports it once, and pauses before trying again', async () => {
    const { server, embedder, state } = await embeddingsServer();
    state.failing = true;
    const errors: EmbeddingError[] = [];
    const embeddings = new ExampleEmbeddings(embedder, { logError: (e) => errors.push(e), retryAfterMs: 60_000 });
    const retriever = new ExampleRetriever(EXAMPLES, embeddings);
    const bm25 = new ExampleIndex(EXAMPLES).nearest('Which companies sponsor events?', 2);
    const first = await retriever.nearest('Which companies sponsor events?', 2);
    expect(first).toEqual({ examples: bm25, ranking: 'bm25' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(EmbeddingError);
    expect(errors[0]).toMatchObject({ code: 'EMBEDDING_ERROR', provider: 'openai', model: 'embed-local' });
    expect(errors[0]?.message).toContain('404');
    const calls = server.requests.length;
    // Within the pause: BM25 at once, no call, nothing reported twice.
    expect((await retriever.nearest(PARAPHRASE, 2)).ranking).toBe('bm25');
    expect(server.requests).toHaveLength(calls);
    expect(errors).toHaveLength(1);
    // Nothing of the failed call was cached: once the provider is back, every example is embedded.
    state.failing = false;
    const recovered = new ExampleEmbeddings(embedder, { logError: (e) => errors.push(e), retryAfterMs: 0 });
    expect((await new ExampleRetriever(EXAMPLES, recovered).nearest(PARAPHRASE, 1)).examples[0]).toBe(SPONSORS);
  });

  it('ranks by BM25 alone for a provider without embeddings (Replicate, offline)', async () => {
    expect(await createEmbedder({ provider: 'replicate', apiToken: 'r8' })).toBeNull();
    expect(await createEmbedder({ provider: 'offline' })).toBeNull();
    const found = await new ExampleRetriever(EXAMPLES, null).nearest('Which events are in Japan?', 1);
    expect(found).toEqual({ examples: [EXAMPLES[2]], ranking: 'bm25' });
  });

  it('reports a reply without one vector per text as an EmbeddingError', async () => {
    const server = await startJsonServer(() => ({
      body: { object: 'list', model: 'm', data: [], usage: { prompt_tokens: 1, total_tokens: 1 } },
    }));
    cleanups.push(server.close);
    const embedder = await createEmbedder({ provider: 'openai', apiKey: 'k', baseUrl: server.url });
    const errors: EmbeddingError[] = [];
    const embeddings = new ExampleEmbeddings(embedder!, { logError: (e) => errors.push(e) });
    expect((await new ExampleRetriever(EXAMPLES, embeddings).nearest(PARAPHRASE, 1)).ranking).toBe('bm25');
    expect(errors[0]?.message).toContain(`expected ${EXAMPLES.length + 1} vector(s), got 0`);
  });
});
