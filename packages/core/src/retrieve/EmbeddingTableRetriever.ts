import { EmbeddingError } from '../errors/EmbeddingError';
import type { TableDescription } from '../schema/TableDescription';
import type { ConversationTurn } from '../types/ConversationTurn';
import { addJoinTables } from './addJoinTables';
import type { Bm25TableRetriever } from './Bm25TableRetriever';
import { cosineSimilarity } from './cosineSimilarity';
import type { Embedder } from './Embedder';
import { tableDocument } from './tableDocument';
import type { TableRetriever } from './TableRetriever';

/**
 * Ranks tables by embedding similarity (table documents embedded once, the question per call),
 * united with the BM25 picks; join tables added. Falls back to BM25 alone when the embeddings
 * endpoint fails (e.g. an Ollama server without an embedding model), reporting the failure as an
 * {@link EmbeddingError} through `onError`: once, then again only after embeddings worked in between.
 */
export class EmbeddingTableRetriever implements TableRetriever {
  #tableVectors: Promise<number[][]> | null = null;
  #reported = false;

  constructor(
    readonly tables: readonly TableDescription[],
    private readonly embedder: Embedder,
    private readonly keyword: Bm25TableRetriever,
    private readonly topK = 2,
    private readonly onError: (error: EmbeddingError) => void = () => undefined,
  ) {}

  async retrieve(question: string, history: readonly ConversationTurn[] = []): Promise<TableDescription[]> {
    try {
      this.#tableVectors ??= this.embedder.embed(this.tables.map(tableDocument));
      const [vectors, [query]] = await Promise.all([this.#tableVectors, this.embedder.embed([question])]);
      const ranked = this.tables
        .map((table, i) => ({ table, score: cosineSimilarity(vectors[i] ?? [], query ?? []) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, this.topK)
        .map((s) => s.table.name);
      const names = new Set([...this.keyword.pick(question, history), ...ranked]);
      this.#reported = false;
      return addJoinTables(this.tables, [...names]);
    } catch (error) {
      this.#tableVectors = null;
      if (!this.#reported) {
        this.#reported = true;
        const { name, model } = this.embedder;
        this.onError(
          new EmbeddingError(name, model, error instanceof Error ? error.message : String(error), { cause: error }),
        );
      }
      return this.keyword.retrieve(question, history);
    }
  }
}
