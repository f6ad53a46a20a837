/** Which model answers questions; `offline` needs no model and no network. */
export type LlmConfig =
  | { provider: 'offline' }
  | { provider: 'openai'; apiKey: string; baseUrl?: string; model?: string }
  | { provider: 'replicate'; apiToken: string; model?: string; baseUrl?: string }
  | { provider: 'ollama'; host: string; model?: string };

export type LlmProvider = LlmConfig['provider'];

export const DEFAULT_MODELS = {
  openai: 'gpt-4o-mini',
  replicate: 'meta/meta-llama-3-70b-instruct',
  ollama: 'llama3',
} as const;
