import type { ChatMessage, LLMMetadata } from '@llamaindex/core/llms';
import OpenAI from 'openai';
import { DEFAULT_MODELS } from './LlmConfig';
import { MeteredLlm, type ProviderReply } from './MeteredLlm';
import { messageText } from './messageText';

/** Options for {@link OpenAiLlm}. */
export interface OpenAiLlmOptions {
  apiKey: string;
  /** Any OpenAI-compatible endpoint (default https://api.openai.com/v1). */
  baseUrl?: string;
  model?: string;
  maxTokens?: number;
  timeoutMs?: number;
}

/**
 * OpenAI (or any OpenAI-compatible server) through the `openai` client: chat completions at
 * temperature 0, usage read from the response.
 *
 * @example
 * const llm = new OpenAiLlm({ apiKey: 'sk-...', model: 'gpt-4o-mini' });
 * (await llm.complete({ prompt: 'Say hi' })).text;
 */
export class OpenAiLlm extends MeteredLlm {
  readonly provider = 'openai';
  metadata: LLMMetadata;
  readonly #client: OpenAI;

  constructor(options: OpenAiLlmOptions) {
    super();
    this.#client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseUrl,
      timeout: options.timeoutMs ?? 60_000,
      maxRetries: 2,
    });
    this.metadata = {
      model: options.model ?? DEFAULT_MODELS.openai,
      temperature: 0,
      topP: 1,
      maxTokens: options.maxTokens ?? 1024,
      contextWindow: 128_000,
      tokenizer: undefined,
      structuredOutput: false,
    };
  }

  protected async send(messages: ChatMessage[], signal?: AbortSignal): Promise<ProviderReply> {
    const response = await this.#client.chat.completions.create(
      {
        model: this.metadata.model,
        temperature: 0,
        max_tokens: this.metadata.maxTokens,
        messages: messages.map((m) => ({
          role:
            m.role === 'system' || m.role === 'developer' ? 'system' : m.role === 'assistant' ? 'assistant' : 'user',
          content: messageText(m.content),
        })),
      },
      { signal },
    );
    const text = response.choices[0]?.message?.content ?? '';
    return {
      text,
      promptTokens: response.usage?.prompt_tokens ?? null,
      completionTokens: response.usage?.completion_tokens ?? null,
      raw: response,
    };
  }
}
