import { TRPCClientError } from '@trpc/client';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

import type { AppRouter } from './types';

/**
 * Every error the client throws for a failed call: the server's error (with `data.code`,
 * `data.httpStatus` and, for bad input, `data.zodError`) or a network failure (no `data`).
 */
export type MusaeidError = TRPCClientError<AppRouter>;

/** The closed set of error codes: `'UNAUTHORIZED'`, `'FORBIDDEN'`, `'NOT_FOUND'`, `'BAD_REQUEST'`, `'TOO_MANY_REQUESTS'`, ... */
export type MusaeidErrorCode = TRPC_ERROR_CODE_KEY;

/** The documented reasons an error may carry in `data.reason` (see {@link errorReason}). */
export type MusaeidErrorReason = NonNullable<NonNullable<MusaeidError['data']>['reason']>;

/** The error class, for `instanceof` checks. */
export const MusaeidError = TRPCClientError;

/**
 * Narrows an unknown caught value to a {@link MusaeidError}, optionally of one code.
 *
 * @example
 * ```ts
 * try {
 *   await client.chat.get.query({ chatId });
 * } catch (e) {
 *   if (isMusaeidError(e, 'NOT_FOUND')) console.log('no such chat');
 *   else throw e;
 * }
 * ```
 */
export function isMusaeidError(error: unknown, code?: MusaeidErrorCode): error is MusaeidError {
  if (!(error instanceof TRPCClientError)) return false;
  return code === undefined || errorCode(error) === code;
}

/**
 * Which documented case a server error is, from its `data.reason`: `'RATE_LIMITED'` or
 * `'QUOTA_EXCEEDED'` (both TOO_MANY_REQUESTS), `'CLIENT_MESSAGE_ID_CONFLICT'`, `'LAST_API_KEY'`,
 * `'MALFORMED_JSON'`, `'SHUTTING_DOWN'`, ...; `null` when there is none or it is not a Musaeid error.
 *
 * @example
 * ```ts
 * if (errorReason(e) === 'QUOTA_EXCEEDED') console.log('monthly quota used up');
 * ```
 */
export function errorReason(error: unknown): MusaeidErrorReason | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null || !('reason' in data) || typeof data.reason !== 'string') return null;
  return data.reason as MusaeidErrorReason;
}

/**
 * The error's code, or `null` when the call never reached the server (network failure) or the
 * value is not a Musaeid error.
 *
 * @example
 * ```ts
 * if (errorCode(e) === 'TOO_MANY_REQUESTS') await sleep(1000);
 * ```
 */
export function errorCode(error: unknown): MusaeidErrorCode | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (typeof data !== 'object' || data === null || !('code' in data) || typeof data.code !== 'string') return null;
  return data.code as MusaeidErrorCode;
}
