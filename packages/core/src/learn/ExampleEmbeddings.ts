import { createHash } from 'node:crypto';

import { EmbeddingError } from '../errors/EmbeddingError';
import type { Embedder } from '../retrieve/Embedder';

/** The vector scaled to length 1 (all zeros stays so). */
function unit(vector: Float32Array): Float32Array {
  let norm = 0;
  for (let i = 0; i < vector.length; i++) norm += vector[i]! * vector[i]!;
  if (!norm) return vector;
  norm = Math.sqrt(norm);
  const scaled = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i++) scaled[i] = vector[i]! / norm;
  return scaled;
}

/** Options for {@link ExampleEmbeddings}. */
export interface ExampleEmbeddingsOptions {
  /** Where a failed embeddings call is reported, once per failure (retrieval goes on with BM25 alone). */
  logError: (error: EmbeddingError) => void;
  /** After a failure, no call for this long (default 60 s): a provider that is down costs no time per question. */
  retryAfterMs?: number;
  /** Vectors kept (default 20,000; the oldest are dropped first). */
  maxCached?: number;
  /** Texts per request (default 256; OpenAI accepts up to 2,048). */
  batchSize?: number;
}

/**
 * The vectors of verified examples' questions (and of each new question) from a provider's embeddings
 * endpoint, scaled to unit length; the examples' are cached by the hash of model and text: a text is embedded
 * once, whatever set of examples it is in, and an edited question is embedded again because its text changed.
 * One request per call for the question and every example not yet cached. Failures are {@link EmbeddingError}s, reported once through `logError`, then answered with null
 * (callers rank by BM25) until `retryAfterMs` has passed.
 *
 * @example
 * const embeddings = new ExampleEmbeddings(embedder, { logError: (e) => logger.warn({ err: e }) });
 * const vectors = await embeddings.embed('Which firms back the expo?', exampleQuestions); // or null: use BM25
 */
export class ExampleEmbeddings {
  readonly #cache = new Map<string, Promise<Float32Array>>();
  #failedAt = Number.NEGATIVE_INFINITY;
  readonly #retryAfterMs: number;
  readonly #maxCached: number;
  readonly #batchSize: number;

  constructor(
    readonly embedder: Embedder,
    private readonly options: ExampleEmbeddingsOptions,
  ) {
    this.#retryAfterMs = options.retryAfterMs ?? 60_000;
    this.#maxCached = options.maxCached ?? 20_000;
    this.#batchSize = options.batchSize ?? 256;
  }

  /** How many vectors are cached (or being fetched). */
  get size(): number {
    return this.#cache.size;
  }

  #key(text: string): string {
    return createHash('sha256').update(this.embedder.model).update('\0').update(text).digest('base64url');
  }

  /**
   * The vectors of a new question (embedded every time, never kept) and of example questions (cached), in
   * one request for the question and every example not yet cached; null when the provider failed now or
   * recently (already reported).
   */
  async embed(
    question: string,
    examples: readonly string[],
  ): Promise<{ question: Float32Array; examples: Float32Array[] } | null> {
    if (performance.now() - this.#failedAt < this.#retryAfterMs) return null;
    const keys = examples.map((t) => this.#key(t));
    const missing = new Map<string, string>();
    keys.forEach((key, i) => {
      if (!this.#cache.has(key)) missing.set(key, examples[i]!);
    });
    const entries = [...missing];
    // The question rides in the first request; examples beyond one batch go in further requests.
    const first = this.#fetch([question, ...entries.slice(0, this.#batchSize - 1).map(([, text]) => text)]);
    const asked = first.then((vectors) => vectors[0]!);
    this.#remember(entries.slice(0, this.#batchSize - 1), first, 1);
    for (let i = this.#batchSize - 1; i < entries.length; i += this.#batchSize) {
      const batch = entries.slice(i, i + this.#batchSize);
      this.#remember(batch, this.#fetch(batch.map(([, text]) => text)), 0);
    }
    // Taken before trimming: a call with more examples than the cache holds still gets all its vectors.
    const pending = keys.map((key) => this.#cache.get(key)!);
    this.#trim();
    try {
      const [questionVector, exampleVectors] = await Promise.all([asked, Promise.all(pending)]);
      return { question: questionVector, examples: exampleVectors };
    } catch (error) {
      // A failed request leaves nothing behind: its texts are asked for again after the pause.
      for (const key of missing.keys()) this.#cache.delete(key);
      if (error instanceof EmbeddingError) {
        // Concurrent callers may share the failed request: the first one to see it reports it.
        if (performance.now() - this.#failedAt >= this.#retryAfterMs) {
          this.#failedAt = performance.now();
          this.options.logError(error);
        }
        return null;
      }
      throw error;
    }
  }

  /** Caches one shared promise per text: concurrent questions wait for the same request rather than repeat it. */
  #remember(batch: readonly [string, string][], fetched: Promise<Float32Array[]>, offset: number): void {
    batch.forEach(([key], i) => {
      const vector = fetched.then((vectors) => vectors[offset + i]!);
      // Awaited (and its failure handled) by the callers; this keeps an unawaited rejection from being unhandled.
      vector.catch(() => undefined);
      this.#cache.set(key, vector);
    });
  }

  async #fetch(texts: string[]): Promise<Float32Array[]> {
    const { name, model } = this.embedder;
    let vectors: number[][];
    try {
      vectors = await this.embedder.embed(texts);
    } catch (error) {
      throw new EmbeddingError(name, model, error instanceof Error ? error.message : String(error), { cause: error });
    }
    if (vectors.length !== texts.length || vectors.some((v) => !Array.isArray(v) || v.length === 0))
      throw new EmbeddingError(name, model, `expected ${texts.length} vector(s), got ${vectors.length}`);
    // Scaled to unit length once, here: every later cosine with them is a dot product.
    return vectors.map((v) => unit(Float32Array.from(v)));
  }

  /** Drops the oldest vectors beyond `maxCached` (a Map iterates in insertion order). */
  #trim(): void {
    for (const key of this.#cache.keys()) {
      if (this.#cache.size <= this.#maxCached) break;
      this.#cache.delete(key);
    }
  }
}
