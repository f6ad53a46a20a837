/** One key's recent hits, oldest first: `times[start..]` (the expired front is dropped lazily). */
interface Window {
  times: number[];
  start: number;
}

/**
 * Per-key sliding-window limiter: at most `limit` hits in any 60 s window. In memory (one
 * server process); `check` both tests and records a hit. Amortised O(1) per hit, and memory
 * bounded: a key holds at most `limit` times, and idle keys are dropped.
 */
export class RateLimiter {
  private readonly hits = new Map<string, Window>();
  private nextSweep: number;

  constructor(
    readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {
    this.nextSweep = this.now() + this.windowMs;
  }

  /** Records a hit for `key`; returns null when allowed, else the seconds until a slot frees. */
  check(key: string): number | null {
    const t = this.now();
    if (t >= this.nextSweep) this.sweep(t);
    let w = this.hits.get(key);
    if (!w) {
      w = { times: [], start: 0 };
      this.hits.set(key, w);
    }
    const from = t - this.windowMs;
    while (w.start < w.times.length && (w.times[w.start] as number) <= from) w.start += 1;
    if (w.start > 1024 && w.start * 2 > w.times.length) {
      w.times = w.times.slice(w.start);
      w.start = 0;
    }
    if (w.times.length - w.start >= this.limit) {
      const oldest = w.times[w.start] ?? t;
      return Math.max(1, Math.ceil((oldest + this.windowMs - t) / 1000));
    }
    w.times.push(t);
    return null;
  }

  /** Gives back the latest hit of `key` (a request that turned out invalid and did no work). */
  refund(key: string): void {
    const w = this.hits.get(key);
    if (w && w.times.length > w.start) w.times.pop();
  }

  /** Drops keys with no hit in the window. */
  private sweep(t: number): void {
    this.nextSweep = t + this.windowMs;
    for (const [key, w] of this.hits) {
      const last = w.times[w.times.length - 1];
      if (last === undefined || last <= t - this.windowMs) this.hits.delete(key);
    }
  }
}
