/** A provider's embeddings endpoint. */
export interface Embedder {
  /** The provider ('openai', 'ollama'). */
  readonly name: string;
  /** The embedding model: vectors of different models are never compared (caches key on it). */
  readonly model: string;
  embed(texts: string[]): Promise<number[][]>;
}
