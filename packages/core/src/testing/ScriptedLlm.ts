import {
  BaseLLM,
  type ChatResponse,
  type ChatResponseChunk,
  type LLMChatParamsNonStreaming,
  type LLMChatParamsStreaming,
  type LLMMetadata,
} from '@llamaindex/core/llms';
import { messageText } from '../llm/messageText';
import { recordUsage } from '../llm/usageMeter';

/** A LlamaIndex LLM whose replies come from a function of the prompt; records every prompt. */
export class ScriptedLlm extends BaseLLM {
  readonly prompts: string[] = [];
  metadata: LLMMetadata = {
    model: 'scripted',
    temperature: 0,
    topP: 1,
    contextWindow: 32_000,
    tokenizer: undefined,
    structuredOutput: false,
  };

  constructor(private readonly reply: (prompt: string, index: number) => string) {
    super();
  }

  chat(params: LLMChatParamsStreaming): Promise<AsyncIterable<ChatResponseChunk>>;
  chat(params: LLMChatParamsNonStreaming): Promise<ChatResponse>;
  async chat(
    params: LLMChatParamsStreaming | LLMChatParamsNonStreaming,
  ): Promise<ChatResponse | AsyncIterable<ChatResponseChunk>> {
    const prompt = params.messages.map((m) => messageText(m.content)).join('\n');
    this.prompts.push(prompt);
    const text = this.reply(prompt, this.prompts.length - 1);
    recordUsage({
      provider: 'scripted',
      model: 'scripted',
      promptTokens: prompt.length,
      completionTokens: text.length,
      estimated: false,
    });
    if (params.stream) {
      return (async function* () {
        yield { delta: text, raw: null };
      })();
    }
    return { message: { role: 'assistant', content: text }, raw: null };
  }
}
