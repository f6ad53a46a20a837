import type { LlmConfig } from './LlmConfig';
import type { MeteredLlm } from './MeteredLlm';

/**
 * Builds the provider adapter for a configuration, loading LlamaIndex and the provider's
 * client only now (the offline path never pays for them). Returns null for `offline`.
 */
export async function createLlm(config: LlmConfig): Promise<MeteredLlm | null> {
  switch (config.provider) {
    case 'offline':
      return null;
    case 'openai': {
      const { OpenAiLlm } = await import('./OpenAiLlm');
      return new OpenAiLlm({ apiKey: config.apiKey, baseUrl: config.baseUrl, model: config.model });
    }
    case 'replicate': {
      const { ReplicateLlm } = await import('./ReplicateLlm');
      return new ReplicateLlm({ apiToken: config.apiToken, baseUrl: config.baseUrl, model: config.model });
    }
    case 'ollama': {
      const { OllamaLlm } = await import('./OllamaLlm');
      return new OllamaLlm({ host: config.host, model: config.model });
    }
  }
}
