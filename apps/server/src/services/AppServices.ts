import type { ChatEngine } from '../engine';
import type { Logger } from '../logger';
import type { AppStore } from '../store/AppStore';
import { ChatService } from './ChatService';
import { RateLimiter } from './RateLimiter';

export interface ServiceLimits {
  rateLimitPerMinute: number;
  monthlyMessageQuota: number;
  costPer1kPromptTokensUsd: number;
  costPer1kCompletionTokensUsd: number;
  /** A question gets a TIMEOUT failure after this long, even if the engine never returns (default 120 s). */
  answerTimeoutMs?: number;
}

/** Everything a request needs, built once per server (or per test). */
export interface AppServices {
  store: AppStore;
  engine: ChatEngine;
  chat: ChatService;
  rateLimiter: RateLimiter;
  limits: ServiceLimits;
  logger: Logger;
  /** "Today" for relative dates when a request gives none: `MUSAEID_AS_OF`, else the current date (UTC). */
  today: () => string;
}

export function createAppServices(opts: {
  store: AppStore;
  engine: ChatEngine;
  limits: ServiceLimits;
  logger: Logger;
  /** A fixed "today" (`MUSAEID_AS_OF`); null or absent: the current date at each request. */
  asOf?: string | null;
}): AppServices {
  const fixed = opts.asOf ?? null;
  const today = () => fixed ?? new Date().toISOString().slice(0, 10);
  return {
    store: opts.store,
    engine: opts.engine,
    today,
    chat: new ChatService(opts.store, opts.engine, opts.limits, opts.logger, today),
    rateLimiter: new RateLimiter(opts.limits.rateLimitPerMinute),
    limits: opts.limits,
    logger: opts.logger,
  };
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
