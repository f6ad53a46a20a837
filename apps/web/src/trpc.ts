import type { AppRouter } from '@musaeid/server';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';

/** The API's procedures, typed from the server's router type (no server code in the bundle). */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type Client = ReturnType<typeof createClient>;

/**
 * A client that sends `apiKey()` with every call: as a bearer header on queries and mutations,
 * and as a connection parameter on `chat.stream` (an EventSource cannot send headers).
 */
export function createClient(apiKey: () => string | null) {
  const url = '/trpc';
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url,
          transformer: superjson,
          connectionParams: () => {
            const key = apiKey();
            return key ? { apiKey: key } : {};
          },
        }),
        false: httpBatchLink({
          url,
          transformer: superjson,
          headers: (): Record<string, string> => {
            const key = apiKey();
            return key ? { authorization: `Bearer ${key}` } : {};
          },
        }),
      }),
    ],
  });
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === 'UNAUTHORIZED';
}

/** Queries retry transport failures (a restarting server), never a refusal the API gave in words. */
export function createQueryClient(onUnauthorized: () => void) {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => count < 3 && !(error instanceof TRPCClientError && error.data),
        retryDelay: (count) => Math.min(500 * 2 ** count, 4000),
      },
    },
  });
}
