import type { ChatMessage, LLMMetadata } from '@llamaindex/core/llms';
import { Ollama } from 'ollama';
import { DEFAULT_MODELS } from './LlmConfig';
import { MeteredLlm, type ProviderReply } from './MeteredLlm';
import { messageText } from './messageText';

/** Options for {@link OllamaLlm}. */
export interface OllamaLlmOptions {
  host: string;
  model?: string;
  contextWindow?: number;
}

/**
 * A local Ollama server through the `ollama` client (`/api/chat`, temperature 0); token counts
 * from `prompt_eval_count` / `eval_count`.
 */
export class OllamaLlm extends MeteredLlm {
  readonly provider = 'ollama';
  metadata: LLMMetadata;
  readonly #client: Ollama;

  constructor(options: OllamaLlmOptions) {
    super();
    this.#client = new Ollama({ host: options.host });
    this.metadata = {
      model: options.model ?? DEFAULT_MODELS.ollama,
      temperature: 0,
      topP: 1,
      contextWindow: options.contextWindow ?? 8192,
      tokenizer: undefined,
      structuredOutput: false,
    };
  }

  protected async send(messages: ChatMessage[]): Promise<ProviderReply> {
    const response = await this.#client.chat({
      model: this.metadata.model,
      stream: false,
      options: { temperature: 0 },
      messages: messages.map((m) => ({
        role: m.role === 'system' || m.role === 'developer' ? 'system' : m.role === 'assistant' ? 'assistant' : 'user',
        content: messageText(m.content),
      })),
    });
    return {
      text: response.message?.content ?? '',
      promptTokens: typeof response.prompt_eval_count === 'number' ? response.prompt_eval_count : null,
      completionTokens: typeof response.eval_count === 'number' ? response.eval_count : null,
      raw: response,
    };
  }
}
