import type { ChatMessage, LLMMetadata } from '@llamaindex/core/llms';
import Replicate, { type Prediction } from 'replicate';
import { LlmError } from '../errors/LlmError';
import { llama3Prompt } from './llama3Prompt';
import { DEFAULT_MODELS } from './LlmConfig';
import { MeteredLlm, type ProviderReply } from './MeteredLlm';

/** Options for {@link ReplicateLlm}. */
export interface ReplicateLlmOptions {
  apiToken: string;
  /** Official model name (default meta/meta-llama-3-70b-instruct). */
  model?: string;
  /** API root (default https://api.replicate.com/v1); tests point it at a local server. */
  baseUrl?: string;
  maxTokens?: number;
  /** Polling interval while a prediction runs. */
  pollIntervalMs?: number;
}

interface LlamaMetrics {
  input_token_count?: number;
  output_token_count?: number;
}

/**
 * Replicate's Llama 3 through the `replicate` client, as the original ran it
 * (`Replicate("meta/meta-llama-3-70b-instruct", temperature=0)`): the Llama-3 prompt is built
 * here and sent with `prompt_template: "{prompt}"`; a prediction is created with
 * `Prefer: wait` and polled until done; token counts come from the prediction's metrics.
 */
export class ReplicateLlm extends MeteredLlm {
  readonly provider = 'replicate';
  metadata: LLMMetadata;
  readonly #client: Replicate;
  readonly #pollIntervalMs: number;

  constructor(options: ReplicateLlmOptions) {
    super();
    this.#client = new Replicate({ auth: options.apiToken, baseUrl: options.baseUrl, userAgent: 'musaeid/0.1' });
    this.#pollIntervalMs = options.pollIntervalMs ?? 500;
    this.metadata = {
      model: options.model ?? DEFAULT_MODELS.replicate,
      temperature: 0,
      topP: 1,
      maxTokens: options.maxTokens ?? 1024,
      contextWindow: 8192,
      tokenizer: undefined,
      structuredOutput: false,
    };
  }

  protected async send(messages: ChatMessage[], signal?: AbortSignal): Promise<ProviderReply> {
    let prediction: Prediction = await this.#client.predictions.create({
      model: this.metadata.model,
      input: {
        prompt: llama3Prompt(messages),
        prompt_template: '{prompt}',
        temperature: 0,
        max_tokens: this.metadata.maxTokens,
      },
      wait: true,
      signal,
    });
    if (prediction.status !== 'succeeded' && prediction.status !== 'failed' && prediction.status !== 'canceled') {
      prediction = await this.#client.wait(prediction, { interval: this.#pollIntervalMs });
    }
    if (prediction.status !== 'succeeded') {
      throw new LlmError(
        this.provider,
        `prediction ${prediction.id} ${prediction.status}: ${typeof prediction.error === 'string' ? prediction.error : JSON.stringify(prediction.error ?? '')}`,
      );
    }
    const output: unknown = prediction.output;
    const text = Array.isArray(output) ? output.join('') : typeof output === 'string' ? output : '';
    const metrics = (prediction.metrics ?? {}) as LlamaMetrics;
    return {
      text,
      promptTokens: typeof metrics.input_token_count === 'number' ? metrics.input_token_count : null,
      completionTokens: typeof metrics.output_token_count === 'number' ? metrics.output_token_count : null,
      raw: prediction,
    };
  }
}
