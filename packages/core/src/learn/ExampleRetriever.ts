import { ExampleIndex } from './ExampleIndex';
import type { ExampleEmbeddings } from './ExampleEmbeddings';
import { reciprocalRankFusion } from './reciprocalRankFusion';
import type { VerifiedExample } from './VerifiedExample';

/** The dot product of two vectors (over the shorter one's length): their cosine when both are unit vectors. */
function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** Options for {@link ExampleRetriever}. */
export interface ExampleRetrieverOptions {
  /**
   * The least cosine similarity for an example to be ranked by its embedding (default 0.3): below it an
   * example shares no meaning worth showing. Model-dependent; 0.3 suits OpenAI's text-embedding-3 models,
   * where paraphrases score above 0.6.
   */
  minSimilarity?: number;
  /** How far down each ranking the fusion looks (default 50). */
  depth?: number;
}

/** The nearest verified examples, and how they were ranked. */
export interface ExampleMatches {
  examples: VerifiedExample[];
  /** 'bm25+embeddings': the two rankings fused; 'bm25': keyword ranking alone (no embeddings, or they failed). */
  ranking: 'bm25' | 'bm25+embeddings';
}

/**
 * Finds the verified examples nearest to a new question: by BM25 over their questions ({@link ExampleIndex})
 * and, when the provider offers embeddings, by the cosine similarity of the questions' vectors, the two
 * rankings combined by reciprocal-rank fusion. Embeddings find a paraphrase that shares no word with the
 * example ("firms backing the expo" for "companies sponsoring the conference"); BM25 keeps exact names and
 * rare words on top. Built once per set of examples (rebuild when they change: vectors survive in the
 * {@link ExampleEmbeddings} cache, so only new or edited questions are embedded); when the embeddings call
 * fails (reported once by `ExampleEmbeddings`), the answer is BM25's.
 *
 * @example
 * const retriever = new ExampleRetriever(examples, embeddings);
 * const { examples: nearest } = await retriever.nearest('Which firms back the expo?', 3);
 */
export class ExampleRetriever {
  readonly #bm25: ExampleIndex;
  readonly #minSimilarity: number;
  readonly #depth: number;
  readonly #questions: string[];
  /** The examples' vectors (unit length, from {@link ExampleEmbeddings}): a cosine is one dot product. */
  #exampleVectors: Float32Array[] | null = null;

  constructor(
    readonly examples: readonly VerifiedExample[],
    private readonly embeddings: ExampleEmbeddings | null,
    options: ExampleRetrieverOptions = {},
  ) {
    this.#bm25 = new ExampleIndex(examples);
    this.#minSimilarity = options.minSimilarity ?? 0.3;
    this.#depth = options.depth ?? 50;
    this.#questions = examples.map((e) => e.question);
  }

  /** The `k` examples nearest by words alone (BM25), best first: no call to the provider. */
  nearestByWords(question: string, k: number): VerifiedExample[] {
    return this.#bm25.nearest(question, k);
  }

  /** The `k` nearest examples by words and meaning, best first. */
  async nearest(question: string, k: number): Promise<ExampleMatches> {
    const byWords = this.#bm25.nearest(question, Math.max(k, this.#depth));
    if (!this.embeddings || this.examples.length === 0) return { examples: byWords.slice(0, k), ranking: 'bm25' };
    // The question is embedded with the examples not yet cached: one request. The examples' vectors are
    // then kept here, so later questions neither hash nor look up the examples again.
    const vectors = await this.embeddings.embed(question, this.#exampleVectors ? [] : this.#questions);
    if (!vectors) return { examples: byWords.slice(0, k), ranking: 'bm25' };
    const exampleVectors = (this.#exampleVectors ??= vectors.examples);
    const byMeaning = this.examples
      .map((example, i) => ({ example, similarity: dot(vectors.question, exampleVectors[i]!) }))
      .filter((s) => s.similarity >= this.#minSimilarity)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, Math.max(k, this.#depth))
      .map((s) => s.example);
    return { examples: reciprocalRankFusion([byWords, byMeaning]).slice(0, k), ranking: 'bm25+embeddings' };
  }
}
