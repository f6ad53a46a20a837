/** Tokens one model call used (reported by the provider, or estimated with a tokenizer). */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  provider: string;
  model: string | null;
  estimated: boolean;
}
