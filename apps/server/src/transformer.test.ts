import fc from 'fast-check';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';

import { transformer } from './transformer';

const same = (value: unknown) =>
  expect(JSON.stringify(transformer.serialize(value))).toBe(JSON.stringify(superjson.serialize(value)));

describe('transformer', () => {
  it('serializes exactly as superjson (random values, plain and not)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
          withBoxedValues: true,
        }),
        (value) => {
          let expected: string | Error;
          try {
            expected = JSON.stringify(superjson.serialize(value));
          } catch (error) {
            expected = error as Error;
          }
          if (expected instanceof Error) expect(() => transformer.serialize(value)).toThrow();
          else expect(JSON.stringify(transformer.serialize(value))).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('hands the values superjson annotates to superjson', () => {
    const shared = { a: 1 };
    for (const value of [
      { n: -0 },
      [Number.NaN, Infinity],
      { u: undefined },
      { d: new Date(0) },
      [shared, shared],
      { big: 1n },
      { nested: { deeper: [new Map([[1, 2]])] } },
    ]) {
      same(value);
      expect(transformer.serialize(value).meta).toBeDefined();
    }
    same(Object.assign([1, 2], { 5: 3 })); // a sparse array: no meta, holes become null either way
    expect(() => transformer.serialize(JSON.parse('{"__proto__": {"x": 1}}'))).toThrow(/prototype pollution/);
  });

  it('round-trips through superjson', () => {
    const value = { a: [1, 'two', null, { b: true }], c: new Date(5), d: -0 };
    expect(superjson.deserialize(transformer.serialize(value))).toEqual(value);
    expect(transformer.deserialize(superjson.serialize(value))).toEqual(value);
  });
});
