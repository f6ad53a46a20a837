import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/ConfigError';
import { resolveLlmConfig } from './resolveLlmConfig';

describe('resolveLlmConfig', () => {
  it('defaults to offline', () => {
    expect(resolveLlmConfig({})).toEqual({ provider: 'offline' });
  });

  it('reads each provider', () => {
    expect(
      resolveLlmConfig({
        MUSAEID_LLM: 'openai',
        OPENAI_API_KEY: 'sk',
        OPENAI_BASE_URL: 'http://x/v1',
        OPENAI_MODEL: 'm',
      }),
    ).toEqual({
      provider: 'openai',
      apiKey: 'sk',
      baseUrl: 'http://x/v1',
      model: 'm',
    });
    expect(resolveLlmConfig({ MUSAEID_LLM: 'replicate', REPLICATE_API_TOKEN: 'r8' })).toEqual({
      provider: 'replicate',
      apiToken: 'r8',
    });
    expect(
      resolveLlmConfig({ MUSAEID_LLM: 'ollama', OLLAMA_HOST: 'http://h:11434', MUSAEID_LLM_MODEL: 'qwen' }),
    ).toEqual({
      provider: 'ollama',
      host: 'http://h:11434',
      model: 'qwen',
    });
  });

  it('reads the embedding model for the providers with embeddings, and ignores it for the others', () => {
    expect(
      resolveLlmConfig({
        MUSAEID_LLM: 'openai',
        OPENAI_API_KEY: 'sk',
        MUSAEID_EMBEDDING_MODEL: 'text-embedding-3-large',
      }),
    ).toEqual({ provider: 'openai', apiKey: 'sk', embeddingModel: 'text-embedding-3-large' });
    expect(
      resolveLlmConfig({ MUSAEID_LLM: 'ollama', OLLAMA_HOST: 'http://h', MUSAEID_EMBEDDING_MODEL: 'bge-m3' }),
    ).toEqual({
      provider: 'ollama',
      host: 'http://h',
      embeddingModel: 'bge-m3',
    });
    expect(
      resolveLlmConfig({ MUSAEID_LLM: 'replicate', REPLICATE_API_TOKEN: 'r8', MUSAEID_EMBEDDING_MODEL: 'x' }),
    ).toEqual({
      provider: 'replicate',
      apiToken: 'r8',
    });
  });

  it.each([
    [{ MUSAEID_LLM: 'openai' }, 'OPENAI_API_KEY'],
    [{ MUSAEID_LLM: 'replicate', REPLICATE_API_TOKEN: '  ' }, 'REPLICATE_API_TOKEN'],
    [{ MUSAEID_LLM: 'ollama' }, 'OLLAMA_HOST'],
    [{ MUSAEID_LLM: 'gpt5' }, 'MUSAEID_LLM'],
  ])('names the missing variable %j', (env, variable) => {
    let error: unknown;
    try {
      resolveLlmConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(variable);
  });
});
