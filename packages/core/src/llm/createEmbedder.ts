import type { Embedder } from '../retrieve/Embedder';
import { DEFAULT_EMBEDDING_MODELS, type LlmConfig } from './LlmConfig';

/**
 * The embeddings capability of a configured provider, or null when its protocol has none. OpenAI (and any
 * OpenAI-compatible server) has `/v1/embeddings`; Ollama has `/api/embed`; Replicate's predictions API has
 * no embeddings endpoint (an embedding model there is a prediction with its own input and output shape,
 * model by model), and `offline` has no provider. The client is loaded only now.
 *
 * @example
 * const embedder = await createEmbedder({ provider: 'openai', apiKey: 'sk-...' });
 * await embedder?.embed(['Which companies sponsor events?']); // [[0.01, -0.02, ...]]
 */
export async function createEmbedder(config: LlmConfig): Promise<Embedder | null> {
  switch (config.provider) {
    case 'offline':
    case 'replicate':
      return null;
    case 'openai': {
      const { OpenAiEmbedder } = await import('../retrieve/OpenAiEmbedder');
      return new OpenAiEmbedder(
        { apiKey: config.apiKey, baseUrl: config.baseUrl },
        config.embeddingModel ?? DEFAULT_EMBEDDING_MODELS.openai,
      );
    }
    case 'ollama': {
      const { OllamaEmbedder } = await import('../retrieve/OllamaEmbedder');
      return new OllamaEmbedder({ host: config.host }, config.embeddingModel ?? DEFAULT_EMBEDDING_MODELS.ollama);
    }
  }
}
