/**
 * A push-to-pull bridge: callbacks `push` values, `end` or `fail` it; one consumer reads it with
 * `for await`. Values pushed before the consumer reads are kept in order.
 *
 * @example
 * ```ts
 * const queue = new AsyncEventQueue<number>();
 * queue.push(1);
 * queue.end();
 * for await (const n of queue) console.log(n); // 1
 * ```
 */
export class AsyncEventQueue<T> implements AsyncIterable<T> {
  private readonly values: T[] = [];
  private outcome: { done: true } | { error: unknown } | null = null;
  private wake: (() => void) | null = null;

  push(value: T): void {
    if (this.outcome) return;
    this.values.push(value);
    this.notify();
  }

  /** Ends the stream after the values already pushed. */
  end(): void {
    if (this.outcome) return;
    this.outcome = { done: true };
    this.notify();
  }

  /** Fails the stream after the values already pushed. */
  fail(error: unknown): void {
    if (this.outcome) return;
    this.outcome = { error };
    this.notify();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for (;;) {
      if (this.values.length > 0) {
        yield this.values.shift() as T;
        continue;
      }
      const outcome = this.outcome;
      if (outcome) {
        if ('error' in outcome) throw outcome.error;
        return;
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
