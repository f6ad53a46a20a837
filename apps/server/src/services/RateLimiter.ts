/**
 * Per-key sliding-window limiter: at most `limit` hits in any 60 s window. In memory (one
 * server process); `check` both tests and records a hit.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit for `key`; returns null when allowed, else the seconds until a slot frees. */
  check(key: string): number | null {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => at > t - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      const oldest = recent[0] ?? t;
      return Math.max(1, Math.ceil((oldest + this.windowMs - t) / 1000));
    }
    recent.push(t);
    this.hits.set(key, recent);
    return null;
  }
}
