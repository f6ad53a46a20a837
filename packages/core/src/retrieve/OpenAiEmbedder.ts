import OpenAI from 'openai';
import { DEFAULT_EMBEDDING_MODELS } from '../llm/LlmConfig';
import { recordUsage } from '../llm/usageMeter';
import type { Embedder } from './Embedder';

/** OpenAI (or compatible) `/v1/embeddings`. */
export class OpenAiEmbedder implements Embedder {
  readonly name = 'openai';
  readonly #client: OpenAI;
  constructor(
    options: { apiKey: string; baseUrl?: string },
    readonly model: string = DEFAULT_EMBEDDING_MODELS.openai,
  ) {
    this.#client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseUrl, maxRetries: 1 });
  }

  async embed(texts: string[]): Promise<number[][]> {
    // Floats asked for explicitly: the client's default (base64) is decoded as packed floats even when an
    // OpenAI-compatible server ignores the setting and sends number arrays, which turns them into noise.
    const response = await this.#client.embeddings.create({
      model: this.model,
      input: texts,
      encoding_format: 'float',
    });
    recordUsage({
      provider: 'openai',
      model: this.model,
      promptTokens: response.usage?.prompt_tokens ?? 0,
      completionTokens: 0,
      estimated: response.usage === undefined,
    });
    return [...response.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
  }
}
