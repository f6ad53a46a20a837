/** The monthly message quota is used up; `retryAfterSeconds` is the time until the next month (UTC). */
export class QuotaExceededError extends Error {
  constructor(
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`Monthly message quota of ${limit} reached; it resets in ${retryAfterSeconds} s (start of next month, UTC)`);
    this.name = 'QuotaExceededError';
  }
}

/** Too many requests in the current minute; `retryAfterSeconds` until a slot frees up. */
export class RateLimitedError extends Error {
  constructor(
    readonly limit: number,
    readonly retryAfterSeconds: number,
  ) {
    super(`Rate limit of ${limit} requests per minute reached; retry in ${retryAfterSeconds} s`);
    this.name = 'RateLimitedError';
  }
}

export class DuplicateEmailError extends Error {
  constructor(readonly email: string) {
    super(`A user with e-mail ${email} already exists`);
    this.name = 'DuplicateEmailError';
  }
}
