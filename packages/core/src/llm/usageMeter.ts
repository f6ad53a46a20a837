import { AsyncLocalStorage } from 'node:async_hooks';
import type { TokenUsage } from '../types/TokenUsage';

const storage = new AsyncLocalStorage<TokenUsage[]>();

/**
 * Collects the token usage of every model call made inside `fn` (also across awaits and
 * concurrent questions: each call of `meterUsage` has its own list).
 *
 * @example
 * const { result, usage } = await meterUsage(() => llm.complete({ prompt }));
 */
export async function meterUsage<T>(fn: () => Promise<T>): Promise<{ result: T; usage: TokenUsage[] }> {
  const usage: TokenUsage[] = [];
  const result = await storage.run(usage, fn);
  return { result, usage };
}

/** Called by provider adapters after every request. */
export function recordUsage(usage: TokenUsage): void {
  storage.getStore()?.push(usage);
}
