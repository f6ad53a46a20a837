import {
  BaseLLM,
  type ChatMessage,
  type ChatResponse,
  type ChatResponseChunk,
  type LLMChatParamsNonStreaming,
  type LLMChatParamsStreaming,
  type LLMMetadata,
} from '@llamaindex/core/llms';
import { LlmError } from '../errors/LlmError';
import type { TokenUsage } from '../types/TokenUsage';
import { estimateTokens } from './estimateTokens';
import { messageText } from './messageText';
import { recordUsage } from './usageMeter';

/** One provider reply: the text and, when the provider reports them, its token counts. */
export interface ProviderReply {
  text: string;
  promptTokens: number | null;
  completionTokens: number | null;
  raw: object;
}

/**
 * Base of Musaeid's provider adapters: a LlamaIndex `BaseLLM` (usable by any LlamaIndex
 * component) whose every call is metered (provider counts, or a tokenizer estimate) and whose
 * failures are {@link LlmError}s. Subclasses implement one request: {@link send}.
 */
export abstract class MeteredLlm extends BaseLLM {
  abstract readonly provider: string;
  abstract override metadata: LLMMetadata;

  /** Sends the conversation to the provider (temperature 0) and returns its reply. */
  protected abstract send(messages: ChatMessage[], signal?: AbortSignal): Promise<ProviderReply>;

  chat(params: LLMChatParamsStreaming): Promise<AsyncIterable<ChatResponseChunk>>;
  chat(params: LLMChatParamsNonStreaming): Promise<ChatResponse>;
  async chat(
    params: LLMChatParamsStreaming | LLMChatParamsNonStreaming,
  ): Promise<ChatResponse | AsyncIterable<ChatResponseChunk>> {
    const reply = await this.#metered(params.messages);
    if (params.stream) {
      return (async function* () {
        yield { delta: reply.text, raw: reply.raw };
      })();
    }
    return { message: { role: 'assistant', content: reply.text }, raw: reply.raw };
  }

  async #metered(messages: ChatMessage[]): Promise<ProviderReply & { usage: TokenUsage }> {
    let reply: ProviderReply;
    try {
      reply = await this.send(messages);
    } catch (error) {
      if (error instanceof LlmError) throw error;
      throw new LlmError(this.provider, error instanceof Error ? error.message : String(error), { cause: error });
    }
    const estimated = reply.promptTokens === null || reply.completionTokens === null;
    const usage: TokenUsage = {
      provider: this.provider,
      model: this.metadata.model,
      promptTokens:
        reply.promptTokens ?? (await estimateTokens(messages.map((m) => messageText(m.content)).join('\n'))),
      completionTokens: reply.completionTokens ?? (await estimateTokens(reply.text)),
      estimated,
    };
    recordUsage(usage);
    return { ...reply, raw: { ...reply.raw, musaeidUsage: usage }, usage };
  }
}
