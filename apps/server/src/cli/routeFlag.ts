import type { EngineRoute, LlmConfig } from '@musaeid/core';

import { CliError } from './CliError';

/** The `--route` flag in place of MUSAEID_ROUTE, checked the same way (by core's resolver). */
export async function routeFlag(given: string, llm: LlmConfig): Promise<EngineRoute> {
  const { ConfigError, resolveRoute } = await import('@musaeid/core');
  try {
    return resolveRoute(given, llm);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(`--route: ${error.message}`);
    throw error;
  }
}
