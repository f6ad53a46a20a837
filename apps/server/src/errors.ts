/**
 * The server's domain errors. Services, stores and middlewares throw these; one map
 * (`toTRPCError` in errorMap.ts) turns them into tRPC errors with their HTTP status, and the error
 * formatter puts their `reason` in the error data, so clients can tell e.g. a rate limit from a quota.
 */

/** The closed set of `data.reason` values an API error may carry (null for errors without one). */
export const API_ERROR_REASONS = [
  'RATE_LIMITED',
  'QUOTA_EXCEEDED',
  'CLIENT_MESSAGE_ID_CONFLICT',
  'DUPLICATE_EMAIL',
  'LAST_API_KEY',
  'MALFORMED_JSON',
  'PATH_BODY_MISMATCH',
  'MALFORMED_AUTHORIZATION',
  'STORAGE_UNAVAILABLE',
  'SHUTTING_DOWN',
  'TOO_MANY_STATEMENTS',
  'NOT_A_CLARIFICATION',
  'STALE_CLARIFICATION',
  'UNKNOWN_CHOICE',
  'UNKNOWN_CONCEPT',
  'BUILT_IN_TERM',
] as const;
export type ApiErrorReason = (typeof API_ERROR_REASONS)[number];

/** Base of the domain errors; `reason`, when set, reaches clients as `data.reason`. */
export abstract class DomainError extends Error {
  readonly reason: ApiErrorReason | null = null;
}

/** Something the caller named does not exist (or is not theirs: indistinguishable on purpose). */
export class NotFoundError extends DomainError {
  override readonly name = 'NotFoundError';
}

/** The caller may not do this. */
export class ForbiddenError extends DomainError {
  override readonly name = 'ForbiddenError';
}

/** No usable credentials; `message` says what is wrong with what was sent. */
export class UnauthenticatedError extends DomainError {
  override readonly name = 'UnauthenticatedError';
  constructor(
    message: string,
    override readonly reason: ApiErrorReason | null = null,
  ) {
    super(message);
  }
}

/** A well-formed request that asks for something invalid (message names the field first: "userId: ..."). */
export class InvalidRequestError extends DomainError {
  override readonly name = 'InvalidRequestError';
  constructor(
    message: string,
    override readonly reason: ApiErrorReason | null = null,
  ) {
    super(message);
  }
}

/** The request body is not JSON. */
export class MalformedJsonError extends DomainError {
  override readonly name = 'MalformedJsonError';
  override readonly reason = 'MALFORMED_JSON';
  constructor(detail: string) {
    super(`Malformed JSON in the request body: ${detail}`);
  }
}

/** The monthly message quota is used up; `retryAfterSeconds` is the time until the next month (UTC). */
export class QuotaExceededError extends DomainError {
  override readonly name = 'QuotaExceededError';
  override readonly reason = 'QUOTA_EXCEEDED';
  constructor(
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`Monthly message quota of ${limit} reached; it resets in ${retryAfterSeconds} s (start of next month, UTC)`);
  }
}

/** Too many requests in the current minute; `retryAfterSeconds` until a slot frees up. */
export class RateLimitedError extends DomainError {
  override readonly name = 'RateLimitedError';
  override readonly reason = 'RATE_LIMITED';
  constructor(
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`Rate limit of ${limit} requests per minute reached; retry in ${retryAfterSeconds} s`);
  }
}

/** The request conflicts with what is stored. */
export class ConflictError extends DomainError {
  override readonly name: string = 'ConflictError';
  constructor(
    message: string,
    override readonly reason: ApiErrorReason | null = null,
  ) {
    super(message);
  }
}

export class DuplicateEmailError extends ConflictError {
  override readonly name = 'DuplicateEmailError';
  constructor(readonly email: string) {
    super(`A user with e-mail ${email} already exists`, 'DUPLICATE_EMAIL');
  }
}

/** A clientMessageId already used in the chat for a different text. */
export class ClientMessageIdConflictError extends ConflictError {
  override readonly name = 'ClientMessageIdConflictError';
  constructor(readonly clientMessageId: string) {
    super(
      `clientMessageId ${JSON.stringify(clientMessageId)} was already used in this chat for a different text; ` +
        'use a new id for a new message',
      'CLIENT_MESSAGE_ID_CONFLICT',
    );
  }
}

/** Revoking this key would leave its user without an active key (pass `force` to do it anyway). */
export class LastApiKeyError extends ConflictError {
  override readonly name = 'LastApiKeyError';
  constructor(readonly keyId: string) {
    super(
      `API key ${keyId} is the last active key: revoking it leaves no way to sign in. ` +
        'Create another key first, or pass force: true to revoke it anyway',
      'LAST_API_KEY',
    );
  }
}

/** Storage cannot take the request now (full disk, read-only file, busy database): it may succeed later. */
export class StorageUnavailableError extends DomainError {
  override readonly name = 'StorageUnavailableError';
  override readonly reason = 'STORAGE_UNAVAILABLE';
}

/** The server is stopping: the request was not (or not fully) done; retry after `retryAfterSeconds`. */
export class ShuttingDownError extends DomainError {
  override readonly name = 'ShuttingDownError';
  override readonly reason = 'SHUTTING_DOWN';
  constructor(readonly retryAfterSeconds: number) {
    super(`The server is restarting; retry in ${retryAfterSeconds} s`);
  }
}

/** Counting a result to the end took longer than a statement may run (the count it replaced stays "at least"). */
export class CountTimeoutError extends DomainError {
  override readonly name = 'CountTimeoutError';
}

/** The user already has as many SQL statements running and waiting as the query pool allows each user. */
export class TooManyStatementsError extends DomainError {
  override readonly name = 'TooManyStatementsError';
  override readonly reason = 'TOO_MANY_STATEMENTS';
}

/** Why a `replyTo` cannot continue a clarification (each is a BAD_REQUEST with its own `reason`). */
export type ClarificationReplyProblem = 'NOT_A_CLARIFICATION' | 'STALE_CLARIFICATION' | 'UNKNOWN_CHOICE';

/**
 * A reply to a clarification that cannot be one: `replyTo` names a message that is not a pending
 * clarification of this chat (another chat's, an answer, one already answered or followed by other
 * messages), or `choice` is not one of its options. A message that does not exist or is not the
 * caller's is a {@link NotFoundError} instead.
 */
export class ClarificationReplyError extends DomainError {
  override readonly name = 'ClarificationReplyError';
  constructor(
    override readonly reason: ClarificationReplyProblem,
    message: string,
  ) {
    super(message);
  }
}

/** A glossary concept naming what the data does not have (an unknown tag, country, company, ...). */
export class GlossaryConceptError extends DomainError {
  override readonly name = 'GlossaryConceptError';
  override readonly reason = 'UNKNOWN_CONCEPT';
}

/** A glossary term that is one of the engine's built-in words: saved only with `override: true`. */
export class BuiltInTermError extends ConflictError {
  override readonly name = 'BuiltInTermError';
  constructor(
    readonly term: string,
    readonly builtIn: string,
  ) {
    super(
      `term: "${term}" is a built-in word ("${builtIn}"); a glossary term would change what it means in every ` +
        'question. Pass override: true to do it anyway',
      'BUILT_IN_TERM',
    );
  }
}
