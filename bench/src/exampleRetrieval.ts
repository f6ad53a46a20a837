/**
 * The example-retrieval part of `pnpm bench engine` (issue 13): N verified examples ranked for each workload
 * question by BM25 alone, and by BM25 fused with embeddings from a local OpenAI-protocol server (testkit's fake
 * embedding model, 1,536 wide like text-embedding-3-small). The local server answers in about a millisecond;
 * a real provider adds its own round trip (typically 100 to 300 ms) to every embeddings call.
 */
import {
  createEmbedder,
  ExampleEmbeddings,
  ExampleRetriever,
  type EmbeddingError,
  type Engine,
  type VerifiedExample,
} from '@musaeid/core';
import { openAiEmbeddingsReply, startJsonServer } from '@musaeid/testkit';

const DIMENSIONS = 1536;
const EXAMPLES_PER_QUESTION = 3;

/** Question shapes a team confirms, filled with names from the data (one verified example each). */
const TEMPLATES: readonly ((v: { event: string; company: string; country: string; month: string }) => string)[] = [
  (v) => `Which companies sponsor ${v.event}?`,
  (v) => `Who is speaking at ${v.event}?`,
  (v) => `How many people work at ${v.company}?`,
  (v) => `Which events are in ${v.country}?`,
  (v) => `List the marketing contacts at ${v.company}`,
  (v) => `What events is ${v.company} attending?`,
  (v) => `Which companies from ${v.country} exhibit at ${v.event}?`,
  (v) => `Events in ${v.country} in ${v.month} 2025`,
];
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** Milliseconds of each sample. */
export type Samples = number[];

export interface ExampleRetrievalResult {
  examples: number;
  dimensions: number;
  /** Building the BM25 index over the examples (once per change of the set). */
  bm25BuildMs: number;
  /** Per question: BM25 alone. */
  bm25: Samples;
  /** The first question after start: every example embedded (one request per 256), then ranked. */
  coldEmbedMs: number;
  /** Per question, vectors cached: the question embedded (one local request), cosine over all, fused with BM25. */
  fused: Samples;
  /** Per question: the embeddings request for the question alone (the part of `fused` a provider's latency replaces). */
  embedCall: Samples;
  /** The first question after one example was edited: that example and the question embedded, the rest cached. */
  afterEditMs: number;
  /** Requests the local server received in all. */
  requests: number;
}

async function column(engine: Engine, sql: string): Promise<string[]> {
  const answer = await engine.runSql(sql);
  if (answer.status !== 'answered') throw new Error(`bench data: ${answer.reason?.message ?? answer.status}`);
  return answer.rows.map((r) => String(r[0]));
}

/** `n` verified examples over the data's own names. */
async function syntheticExamples(engine: Engine, n: number): Promise<VerifiedExample[]> {
  const events = await column(engine, 'SELECT DISTINCT name FROM events ORDER BY name');
  const companies = await column(engine, 'SELECT name FROM companies ORDER BY id LIMIT 2000');
  const countries = await column(engine, 'SELECT DISTINCT country FROM events WHERE country IS NOT NULL ORDER BY 1');
  const pick = (list: string[], i: number): string => list[i % Math.max(1, list.length)] ?? 'Singapore';
  return Array.from({ length: n }, (_, i) => {
    const slot = Math.floor(i / TEMPLATES.length);
    const values = {
      event: pick(events, slot * 7),
      company: pick(companies, slot * 13),
      country: pick(countries, slot * 3),
      month: pick(MONTHS, slot),
    };
    return {
      id: String(i),
      question: TEMPLATES[i % TEMPLATES.length]!(values),
      generator: 'llm',
      request: null,
      sql: 'SELECT 1',
      interpretation: null,
    };
  });
}

async function timed<T>(fn: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - started };
}

/** Ranks the examples for every question `rounds` times, BM25 alone then fused with embeddings. */
export async function benchExampleRetrieval(
  engine: Engine,
  questions: readonly string[],
  n: number,
  rounds: number,
): Promise<ExampleRetrievalResult> {
  const examples = await syntheticExamples(engine, n);
  const server = await startJsonServer((request) => openAiEmbeddingsReply(request, { dimensions: DIMENSIONS }));
  const failures: EmbeddingError[] = [];
  try {
    const embedder = await createEmbedder({ provider: 'openai', apiKey: 'bench', baseUrl: `${server.url}/v1` });
    if (!embedder) throw new Error('the OpenAI protocol has embeddings');
    const { result: bm25Index, ms: bm25BuildMs } = await timed(() => new ExampleRetriever(examples, null));
    const bm25: Samples = [];
    for (let r = 0; r < rounds; r++)
      for (const q of questions) bm25.push((await timed(() => bm25Index.nearest(q, EXAMPLES_PER_QUESTION))).ms);

    const embeddings = new ExampleEmbeddings(embedder, { logError: (e) => failures.push(e) });
    const hybrid = new ExampleRetriever(examples, embeddings);
    const cold = await timed(() => hybrid.nearest(questions[0] ?? 'events', EXAMPLES_PER_QUESTION));
    const fused: Samples = [];
    for (let r = 0; r < rounds; r++)
      for (const q of questions) {
        const { result, ms } = await timed(() => hybrid.nearest(q, EXAMPLES_PER_QUESTION));
        if (result.ranking !== 'bm25+embeddings') throw new Error('embeddings were not used');
        fused.push(ms);
      }
    const embedCall: Samples = [];
    for (let r = 0; r < rounds; r++)
      for (const q of questions) embedCall.push((await timed(() => embedder.embed([q]))).ms);
    const edited = examples.map((e, i) => (i === 0 ? { ...e, question: `${e.question} this year` } : e));
    const afterEdit = await timed(() =>
      new ExampleRetriever(edited, embeddings).nearest(questions[0] ?? 'events', EXAMPLES_PER_QUESTION),
    );
    const [failure] = failures;
    if (failure) throw failure;
    return {
      examples: n,
      dimensions: DIMENSIONS,
      bm25BuildMs,
      bm25,
      coldEmbedMs: cold.ms,
      fused,
      embedCall,
      afterEditMs: afterEdit.ms,
      requests: server.requests.length,
    };
  } finally {
    await server.close();
  }
}
