import type { LimitStore } from '../store/LimitStore';

/**
 * The per-user limit on metered requests (engine work): `limit` a minute, held in the database
 * (`LimitStore`), so a user limited by one server process is limited by all of them.
 */
export class RateLimiter {
  constructor(
    private readonly limits: LimitStore,
    readonly limit: number,
  ) {}

  /** Records a hit for `key`; resolves to null when allowed, else the seconds until a slot frees. */
  check(key: string): Promise<number | null> {
    return this.limits.takeRateSlot(`user:${key}`, this.limit);
  }

  /** Gives back the latest hit of `key` (a request that turned out invalid and did no work). */
  refund(key: string): Promise<void> {
    return this.limits.refundRateSlot(`user:${key}`, this.limit);
  }
}
