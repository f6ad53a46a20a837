import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';

import { TooManyStatements } from '@musaeid/core';

import {
  ClarificationReplyError,
  ConflictError,
  CountTimeoutError,
  DomainError,
  ForbiddenError,
  GlossaryConceptError,
  InvalidRequestError,
  MalformedJsonError,
  NotFoundError,
  QuotaExceededError,
  RateLimitedError,
  ShuttingDownError,
  StorageUnavailableError,
  TooManyStatementsError,
  UnauthenticatedError,
  type ApiErrorReason,
} from './errors';
import { storageError } from './services/storageError';

/** The tRPC code of a domain error: the one place where domain errors meet HTTP statuses. */
function codeOf(error: DomainError): TRPC_ERROR_CODE_KEY {
  if (error instanceof NotFoundError) return 'NOT_FOUND';
  if (error instanceof ForbiddenError) return 'FORBIDDEN';
  if (error instanceof UnauthenticatedError) return 'UNAUTHORIZED';
  if (
    error instanceof InvalidRequestError ||
    error instanceof MalformedJsonError ||
    error instanceof ClarificationReplyError ||
    error instanceof GlossaryConceptError
  )
    return 'BAD_REQUEST';
  if (
    error instanceof RateLimitedError ||
    error instanceof QuotaExceededError ||
    error instanceof TooManyStatementsError
  )
    return 'TOO_MANY_REQUESTS';
  if (error instanceof ConflictError) return 'CONFLICT';
  if (error instanceof CountTimeoutError) return 'TIMEOUT';
  if (error instanceof StorageUnavailableError || error instanceof ShuttingDownError) return 'SERVICE_UNAVAILABLE';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * The tRPC error for a domain error or a storage failure (SQLite full, read-only, busy), or null
 * for anything else (a bug: it stays an INTERNAL_SERVER_ERROR and is logged).
 */
export function toTRPCError(error: unknown): TRPCError | null {
  const domain = error instanceof DomainError ? error : (storageError(error) ?? poolBusyError(error));
  if (!domain) return null;
  return new TRPCError({ code: codeOf(domain), message: domain.message, cause: domain });
}

/** The query pool's per-user refusal (core's {@link TooManyStatements}) as a domain error. */
function poolBusyError(error: unknown): TooManyStatementsError | null {
  return error instanceof TooManyStatements ? new TooManyStatementsError(error.message, { cause: error }) : null;
}

/** `error` mapped when it is a domain error (or wraps one), else unchanged. */
export function mapError(error: unknown): unknown {
  if (error instanceof TRPCError) {
    // tRPC wraps whatever a resolver threw in an INTERNAL_SERVER_ERROR: map what it wraps
    // (a domain error, a storage failure, the pool's refusal); other tRPC errors stay as they are.
    const wrapped = error.cause instanceof DomainError || error.code === 'INTERNAL_SERVER_ERROR';
    return wrapped ? (toTRPCError(error.cause) ?? error) : error;
  }
  return toTRPCError(error) ?? error;
}

/** The domain error behind a tRPC error, if any. */
const domainOf = (error: unknown): DomainError | null => {
  const cause = error instanceof TRPCError ? error.cause : error;
  return cause instanceof DomainError ? cause : null;
};

/** `data.reason` of an error: RATE_LIMITED, QUOTA_EXCEEDED, ... or null. */
export function reasonOf(error: unknown): ApiErrorReason | null {
  const domain = domainOf(error);
  if (domain) return domain.reason;
  // tRPC's own body parser reports malformed JSON as a BAD_REQUEST caused by a SyntaxError.
  return error instanceof TRPCError && error.cause instanceof SyntaxError ? 'MALFORMED_JSON' : null;
}

/** Seconds to wait before retrying, carried by rate-limit, quota and shutdown errors. */
export function retryAfterOf(error: unknown): number | null {
  const cause = domainOf(error);
  return cause instanceof QuotaExceededError || cause instanceof RateLimitedError || cause instanceof ShuttingDownError
    ? cause.retryAfterSeconds
    : null;
}
