import superjson from 'superjson';

/** Deeper values go through superjson itself (which then decides). */
const MAX_FAST_DEPTH = 64;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * True when superjson would serialize `value` as `{ json: value }` with no `meta`: strings,
 * booleans, null, finite numbers other than -0, and plain objects and dense plain arrays of them,
 * each object appearing once (superjson annotates repeated references) and no key superjson refuses.
 */
function isPlainJson(value: unknown, seen: Set<object>, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (depth > MAX_FAST_DEPTH || seen.has(value)) return false;
      seen.add(value);
      const proto: unknown = Object.getPrototypeOf(value);
      if (Array.isArray(value)) {
        if (proto !== Array.prototype) return false;
        for (let i = 0; i < value.length; i += 1) {
          if (!Object.hasOwn(value, i) || !isPlainJson(value[i], seen, depth + 1)) return false;
        }
        return true;
      }
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key of Object.keys(value)) {
        if (UNSAFE_KEYS.has(key) || !isPlainJson((value as Record<string, unknown>)[key], seen, depth + 1))
          return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * The one data transformer of the API. The server and every client (the SDK, tests, the panel)
 * import it from here, so both ends always agree. It is superjson, on the wire and in what it
 * accepts; plain JSON data (nearly every API value) skips superjson's walk, which copies the whole
 * value and allocates per node, and gives exactly what superjson would: `{ json: value }`.
 */
export const transformer = {
  serialize(value: unknown): ReturnType<typeof superjson.serialize> {
    return isPlainJson(value, new Set(), 0) ? { json: value as never } : superjson.serialize(value);
  },
  deserialize<T = unknown>(payload: ReturnType<typeof superjson.serialize>): T {
    return superjson.deserialize<T>(payload);
  },
};
