/** Which model answers questions; `offline` needs no model and no network. */
export type LlmConfig =
  | { provider: 'offline' }
  | { provider: 'openai'; apiKey: string; baseUrl?: string; model?: string; embeddingModel?: string }
  | { provider: 'replicate'; apiToken: string; model?: string; baseUrl?: string }
  | { provider: 'ollama'; host: string; model?: string; embeddingModel?: string };

export type LlmProvider = LlmConfig['provider'];

export const DEFAULT_MODELS = {
  openai: 'gpt-4o-mini',
  replicate: 'meta/meta-llama-3-70b-instruct',
  ollama: 'llama3',
} as const;

/** The embedding models used when none is configured (`MUSAEID_EMBEDDING_MODEL`), for the providers that have embeddings. */
export const DEFAULT_EMBEDDING_MODELS = {
  openai: 'text-embedding-3-small',
  ollama: 'nomic-embed-text',
} as const;
