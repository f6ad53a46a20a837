import { Ollama } from 'ollama';
import { DEFAULT_EMBEDDING_MODELS } from '../llm/LlmConfig';
import { recordUsage } from '../llm/usageMeter';
import type { Embedder } from './Embedder';

/** Ollama `/api/embed`. */
export class OllamaEmbedder implements Embedder {
  readonly name = 'ollama';
  readonly #client: Ollama;
  constructor(
    options: { host: string },
    readonly model: string = DEFAULT_EMBEDDING_MODELS.ollama,
  ) {
    this.#client = new Ollama({ host: options.host });
  }

  async embed(texts: string[]): Promise<number[][]> {
    const response = await this.#client.embed({ model: this.model, input: texts });
    recordUsage({
      provider: 'ollama',
      model: this.model,
      promptTokens: response.prompt_eval_count ?? 0,
      completionTokens: 0,
      estimated: response.prompt_eval_count === undefined,
    });
    return response.embeddings;
  }
}
