import { describe, expect, it } from 'vitest';

import { AsyncEventQueue } from './AsyncEventQueue';

async function drain<T>(queue: AsyncEventQueue<T>): Promise<{ values: T[]; error: unknown }> {
  const values: T[] = [];
  try {
    for await (const value of queue) values.push(value);
  } catch (error) {
    return { values, error };
  }
  return { values, error: null };
}

describe('AsyncEventQueue', () => {
  it('delivers values pushed before and while reading, in order, then ends', async () => {
    const queue = new AsyncEventQueue<number>();
    queue.push(1);
    const reading = drain(queue);
    queue.push(2);
    await Promise.resolve();
    queue.push(3);
    queue.end();
    queue.push(4); // after the end: dropped
    expect(await reading).toEqual({ values: [1, 2, 3], error: null });
  });

  it('fails after the values already pushed; the first outcome wins', async () => {
    const queue = new AsyncEventQueue<string>();
    queue.push('a');
    queue.fail(new Error('boom'));
    queue.end();
    queue.fail(new Error('later'));
    expect(await drain(queue)).toEqual({ values: ['a'], error: new Error('boom') });
  });
});
