import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { createTRPCClient, httpBatchLink, TRPCClientError, type TRPCClient } from '@trpc/client';
import superjson from 'superjson';

import { repoRoot } from '@musaeid/testkit';

import type { AppRouter } from '../../src/root';

export type ApiClient = TRPCClient<AppRouter>;

type CreateClient = (opts: { url: string; apiKey: string }) => ApiClient;

let cached: { create: CreateClient; via: string } | null = null;

/**
 * The client the load tests use: the SDK (`createMusaeidClient`) when it is built (its dist) or
 * at least written (its source), else `@trpc/client` with the SDK's links (httpBatchLink + superjson).
 */
export async function clientFactory(): Promise<{ create: CreateClient; via: string }> {
  if (cached !== null) return cached;
  for (const [file, via] of [
    ['packages/sdk/dist/index.js', '@musaeid/sdk (dist)'],
    ['packages/sdk/src/index.ts', '@musaeid/sdk (source)'],
  ] as const) {
    const full = path.join(repoRoot, file);
    if (!existsSync(full)) continue;
    try {
      const sdk = (await import(pathToFileURL(full).href)) as { createMusaeidClient?: CreateClient };
      if (typeof sdk.createMusaeidClient === 'function') {
        cached = { create: sdk.createMusaeidClient, via };
        return cached;
      }
    } catch (error) {
      console.warn(`could not load ${file}: ${(error as Error).message}`);
    }
  }
  cached = {
    via: '@trpc/client (httpBatchLink + superjson)',
    create: ({ url, apiKey }) =>
      createTRPCClient<AppRouter>({
        links: [
          httpBatchLink({
            url: `${url}/trpc`,
            transformer: superjson,
            headers: () => ({ authorization: `Bearer ${apiKey}` }),
          }),
        ],
      }),
  };
  return cached;
}

/** The tRPC error code of a failed call, or null when the call never got a tRPC answer (network failure). */
export function trpcErrorCode(error: unknown): string | null {
  // Duck-typed: the SDK may carry its own copy of @trpc/client.
  if (!(error instanceof TRPCClientError) && (error as { name?: unknown } | null)?.name !== 'TRPCClientError')
    return null;
  const data: unknown = (error as { data?: unknown }).data;
  if (typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string') return data.code;
  return null;
}

/** True when the request failed before the server answered (refused, reset, aborted): safe to retry with the same id. */
export function isTransportFailure(error: unknown): boolean {
  return trpcErrorCode(error) === null;
}
