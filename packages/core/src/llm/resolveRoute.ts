import { ConfigError } from '../errors/ConfigError';
import { ENGINE_ROUTES, type EngineRoute } from './EngineRoute';
import type { LlmConfig } from './LlmConfig';

/**
 * The routing a deployment chose (`MUSAEID_ROUTE`, or the `--route` flag the CLI passes in its place):
 * default 'offline-first' with a model and 'offline' without. A route that needs a model without one
 * configured is a {@link ConfigError} naming MUSAEID_ROUTE (rather than a server that quietly never asks it).
 *
 * @example
 * resolveRoute('llm', { provider: 'openai', apiKey: 'sk-...' }); // 'llm'
 * resolveRoute(undefined, { provider: 'offline' }); // 'offline'
 */
export function resolveRoute(given: string | undefined, llm: LlmConfig): EngineRoute {
  const value = given?.trim().toLowerCase();
  if (!value) return llm.provider === 'offline' ? 'offline' : 'offline-first';
  const route = ENGINE_ROUTES.find((r) => r === value);
  if (!route)
    throw new ConfigError('MUSAEID_ROUTE', `MUSAEID_ROUTE must be one of ${ENGINE_ROUTES.join(', ')} (got '${value}')`);
  if (route !== 'offline' && llm.provider === 'offline')
    throw new ConfigError('MUSAEID_ROUTE', `MUSAEID_ROUTE=${route} needs a model: set MUSAEID_LLM to a provider`);
  return route;
}
