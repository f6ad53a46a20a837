import { EngineError } from './EngineError';

/**
 * A provider's embeddings endpoint failed (network, HTTP status, a reply without one vector per text): what
 * ranked by embeddings falls back to keyword ranking (BM25), and this is logged once.
 */
export class EmbeddingError extends EngineError {
  readonly code = 'EMBEDDING_ERROR';
  constructor(
    readonly provider: string,
    readonly model: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider} embeddings (${model}): ${message}`, options);
  }
}
