import { TRPCError } from '@trpc/server';

import { TooManyStatements } from '@musaeid/core';

/**
 * Rethrows the query pool's per-user refusal (the user already has as many statements running and
 * waiting as allowed) as TOO_MANY_REQUESTS; anything else unchanged.
 */
export function rethrowPoolBusy(error: unknown): never {
  if (error instanceof TooManyStatements) {
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: error.message, cause: error });
  }
  throw error;
}
