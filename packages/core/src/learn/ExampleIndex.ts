import { searchTokens } from '../retrieve/searchTokens';
import type { VerifiedExample } from './VerifiedExample';

interface Doc {
  example: VerifiedExample;
  length: number;
  frequencies: Map<string, number>;
}

/**
 * BM25 ranking of verified examples by their question (the same tokens and parameters as the
 * table retriever): which confirmed answers are nearest to a new question. Built once per set of
 * examples (rebuild when they change); microseconds per question.
 * @example
 * const index = new ExampleIndex(examples);
 * index.nearest('Which companies sponsor Chefs Show Global?', 3); // the sponsor questions first
 */
export class ExampleIndex {
  readonly #docs: Doc[];
  readonly #idf = new Map<string, number>();
  readonly #avgLength: number;

  constructor(
    readonly examples: readonly VerifiedExample[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.#docs = examples.map((example) => {
      const tokens = searchTokens(example.question);
      const frequencies = new Map<string, number>();
      for (const token of tokens) frequencies.set(token, (frequencies.get(token) ?? 0) + 1);
      return { example, length: tokens.length, frequencies };
    });
    this.#avgLength = this.#docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, this.#docs.length);
    const df = new Map<string, number>();
    for (const doc of this.#docs) for (const token of doc.frequencies.keys()) df.set(token, (df.get(token) ?? 0) + 1);
    const n = this.#docs.length;
    for (const [token, count] of df) this.#idf.set(token, Math.log(1 + (n - count + 0.5) / (count + 0.5)));
  }

  /** The `k` examples sharing the most (rarest) words with the question, best first; none share nothing. */
  nearest(question: string, k: number): VerifiedExample[] {
    const query = [...new Set(searchTokens(question))];
    return this.#docs
      .map((doc) => {
        let score = 0;
        for (const token of query) {
          const tf = doc.frequencies.get(token);
          if (!tf) continue;
          const idf = this.#idf.get(token) ?? 0;
          score += (idf * tf * (this.k1 + 1)) / (tf + this.k1 * (1 - this.b + (this.b * doc.length) / this.#avgLength));
        }
        return { example: doc.example, score };
      })
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, k)
      .map((s) => s.example);
  }
}
