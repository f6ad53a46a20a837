import { ConfigError } from '../errors/ConfigError';
import type { LlmConfig } from './LlmConfig';

const PROVIDERS = ['offline', 'openai', 'replicate', 'ollama'] as const;

/**
 * Reads the model settings from a plain object (the server passes its parsed environment; core
 * never reads `process.env`). Throws {@link ConfigError} naming the missing variable.
 *
 * Variables: MUSAEID_LLM=offline|openai|replicate|ollama (default offline), MUSAEID_LLM_MODEL,
 * MUSAEID_EMBEDDING_MODEL (openai and ollama: the providers with embeddings), OPENAI_API_KEY, OPENAI_BASE_URL,
 * OPENAI_MODEL, REPLICATE_API_TOKEN, OLLAMA_HOST.
 *
 * @example
 * resolveLlmConfig({ MUSAEID_LLM: 'replicate', REPLICATE_API_TOKEN: 'r8_...' });
 * // { provider: 'replicate', apiToken: 'r8_...', model: 'meta/meta-llama-3-70b-instruct' }
 */
export function resolveLlmConfig(env: Record<string, string | undefined>): LlmConfig {
  const value = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const required = (name: string, provider: string): string => {
    const v = value(name);
    if (!v) throw new ConfigError(name, `MUSAEID_LLM=${provider} needs ${name} to be set`);
    return v;
  };
  const provider = (value('MUSAEID_LLM') ?? 'offline').toLowerCase();
  if (!(PROVIDERS as readonly string[]).includes(provider)) {
    throw new ConfigError('MUSAEID_LLM', `MUSAEID_LLM must be one of ${PROVIDERS.join(', ')} (got '${provider}')`);
  }
  const model = value('MUSAEID_LLM_MODEL');
  const embeddingModel = value('MUSAEID_EMBEDDING_MODEL');
  const embedding = embeddingModel ? { embeddingModel } : {};
  switch (provider as (typeof PROVIDERS)[number]) {
    case 'offline':
      return { provider: 'offline' };
    case 'openai': {
      const baseUrl = value('OPENAI_BASE_URL');
      const chosen = model ?? value('OPENAI_MODEL');
      return {
        provider: 'openai',
        apiKey: required('OPENAI_API_KEY', 'openai'),
        ...(baseUrl ? { baseUrl } : {}),
        ...(chosen ? { model: chosen } : {}),
        ...embedding,
      };
    }
    case 'replicate':
      return {
        provider: 'replicate',
        apiToken: required('REPLICATE_API_TOKEN', 'replicate'),
        ...(model ? { model } : {}),
        ...(value('REPLICATE_BASE_URL') ? { baseUrl: value('REPLICATE_BASE_URL')! } : {}),
      };
    case 'ollama':
      return {
        provider: 'ollama',
        host: required('OLLAMA_HOST', 'ollama'),
        ...(model ? { model } : {}),
        ...embedding,
      };
  }
}
