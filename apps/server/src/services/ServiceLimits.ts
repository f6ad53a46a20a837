/** The limits and prices a server runs with (from its settings), shared by the services. */
export interface ServiceLimits {
  rateLimitPerMinute: number;
  monthlyMessageQuota: number;
  costPer1kPromptTokensUsd: number;
  costPer1kCompletionTokensUsd: number;
  /** A question gets a TIMEOUT failure after this long, even if the engine never returns (default 120 s). */
  answerTimeoutMs?: number;
}

/** Estimated cost of token usage with the configured prices. */
export function estimateCostUsd(
  usage: readonly { promptTokens: number; completionTokens: number }[],
  limits: Pick<ServiceLimits, 'costPer1kPromptTokensUsd' | 'costPer1kCompletionTokensUsd'>,
): number {
  const prompt = usage.reduce((s, u) => s + u.promptTokens, 0);
  const completion = usage.reduce((s, u) => s + u.completionTokens, 0);
  return (prompt / 1000) * limits.costPer1kPromptTokensUsd + (completion / 1000) * limits.costPer1kCompletionTokensUsd;
}
