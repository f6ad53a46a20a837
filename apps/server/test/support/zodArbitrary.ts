import fc from 'fast-check';

/**
 * Fast-check arbitraries for procedure inputs, read from the procedures' own zod 4 schemas: values
 * that are mostly the right shape (so calls get past the outer validation and reach the code
 * behind it) with hostile values mixed in at every field (wrong types, huge and odd unicode
 * strings, unknown keys, prototype-pollution keys).
 */

interface ZodDef {
  type: string;
  shape?: Record<string, ZodLike>;
  innerType?: ZodLike;
  in?: ZodLike;
  options?: ZodLike[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  element?: ZodLike;
  format?: string;
  pattern?: RegExp;
  checks?: {
    _zod: { def: { check: string; minimum?: number; maximum?: number; format?: string; pattern?: RegExp } };
  }[];
}

interface ZodLike {
  _zod: { def: ZodDef };
}

const isZod = (value: unknown): value is ZodLike =>
  typeof value === 'object' &&
  value !== null &&
  '_zod' in value &&
  typeof (value as ZodLike)._zod?.def?.type === 'string';

/** Ids the server knows, so that some calls reach real rows. */
export interface KnownIds {
  chatId?: string[];
  messageId?: string[];
  keyId?: string[];
  userId?: string[];
}

/** Strings that have broken servers before. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u0000\u0000\u0000',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  '\u202E\u0041\u0042',
  'ﷺ'.repeat(50),
  '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦🏳️‍🌈',
  "'; DROP TABLE messages; --",
  '" OR 1=1 --',
  'SELECT * FROM users',
  'SELECT * FROM api_keys',
  "ATTACH DATABASE '/tmp/x.db' AS x",
  'PRAGMA writable_schema = ON',
  '../../../../etc/passwd',
  '${process.exit(1)}',
  '{{constructor.constructor("return process")()}}',
  '__proto__',
  'constructor',
  'prototype',
  '%00%0d%0a',
  '\r\nSet-Cookie: a=b',
  'NaN',
  '-0',
  '1e309',
  'null',
  'undefined',
  '[object Object]',
];

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 64 }) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('a', 'é', '𝕏', '\u0000', ' ', '🙂', "'"), fc.integer({ min: 1_000, max: 300_000 }))
        .map(([c, n]) => c.repeat(n)),
    },
  );

/** Any JSON-ish value, including deep nesting and prototype-pollution keys. */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }) },
    { weight: 2, arbitrary: hostileString() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, -1e308, []),
    },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    { weight: 1, arbitrary: pollutionObject() },
    { weight: 1, arbitrary: fc.integer({ min: 50, max: 3_000 }).map(deepObject) },
  );

/** An object whose OWN keys are `__proto__`, `constructor`, `prototype` (as JSON.parse would make them). */
export const pollutionObject = (): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      fc.constantFrom('__proto__', 'constructor', 'prototype'),
      fc.constantFrom('polluted', 'isAdmin', 'toString', 'role'),
    )
    .map(([key, inner]) => JSON.parse(`{"${key}": {"${inner}": "yes", "prototype": {"${inner}": "yes"}}}`) as unknown);

/**
 * `{"a": {"a": ... }}` nested `depth` times. It names itself to fast-check's printer (a symbol key, which
 * JSON.stringify skips, so the request on the wire is unchanged): printing 3,000 levels recursively overflowed
 * the stack and hid the property's own failure behind a RangeError.
 */
export function deepObject(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  Object.defineProperty(value, fc.toStringMethod, { value: () => `deepObject(${depth})`, enumerable: false });
  return value;
}

function stringArbitrary(def: ZodDef, fieldName: string, ids: KnownIds, valid: boolean): fc.Arbitrary<string> {
  const known = (ids as Record<string, string[] | undefined>)[fieldName];
  const options: fc.WeightedArbitrary<string>[] = [];
  if (known !== undefined && known.length > 0)
    options.push({ weight: valid ? 12 : 4, arbitrary: fc.constantFrom(...known) });
  const formats = [def.format, ...(def.checks ?? []).map((c) => c._zod.def.format)].filter((f) => f !== undefined);
  const pattern = def.pattern ?? def.checks?.find((c) => c._zod.def.format === 'regex')?._zod.def.pattern;
  let max = 200;
  let min = 0;
  for (const c of def.checks ?? []) {
    if (c._zod.def.check === 'max_length' && c._zod.def.maximum !== undefined) max = c._zod.def.maximum;
    if (c._zod.def.check === 'min_length' && c._zod.def.minimum !== undefined) min = c._zod.def.minimum;
  }
  if (formats.includes('uuid')) options.push({ weight: 3, arbitrary: fc.uuid() });
  else if (formats.includes('email')) {
    options.push({ weight: valid ? 1 : 3, arbitrary: fc.emailAddress() });
    // zod's own e-mail pattern, so that valid-mode calls pass it.
    if (pattern instanceof RegExp)
      options.push({ weight: 3, arbitrary: fc.stringMatching(pattern).filter((e) => e.length <= max) });
  } else if (formats.includes('date')) {
    options.push({
      weight: 3,
      arbitrary: fc
        .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    });
  } else if (pattern instanceof RegExp) options.push({ weight: 3, arbitrary: fc.stringMatching(pattern) });
  else if (valid) {
    // Any unicode that survives trim() and the length limits.
    options.push({
      weight: 3,
      arbitrary: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: Math.max(1, Math.min(max - 1, 120)) })
        .map((text) => (text.trim() === '' ? `q${text}`.slice(0, Math.max(1, max)) : text)),
    });
    options.push({ weight: 1, arbitrary: fc.constant('x'.repeat(Math.min(max, 100_000))) });
  } else {
    options.push({
      weight: 3,
      arbitrary: fc.string({ unit: 'grapheme', minLength: Math.min(min, 20), maxLength: Math.min(max, 120) }),
    });
    // Right at and just past the length limit.
    options.push({
      weight: 1,
      arbitrary: fc.constantFrom('x'.repeat(Math.min(max, 100_000)), 'y'.repeat(Math.min(max + 1, 100_001))),
    });
  }
  if (!valid) options.push({ weight: 2, arbitrary: hostileString() });
  return fc.oneof(...options);
}

/**
 * An arbitrary for values of `schema`: valid-looking most of the time, hostile some of the time.
 * `fieldName` selects known ids for id fields.
 */
export function inputArbitrary(
  schema: unknown,
  ids: KnownIds = {},
  fieldName = '',
  depth = 0,
  valid = false,
): fc.Arbitrary<unknown> {
  if (!isZod(schema) || depth > 6) return valid ? fc.constant(undefined) : hostileValue();
  const def = schema._zod.def;
  const wrong = { weight: valid ? 0 : 1, arbitrary: hostileValue() };
  const inner = (s: unknown, name: string): fc.Arbitrary<unknown> => inputArbitrary(s, ids, name, depth + 1, valid);
  const oneof = (...options: fc.WeightedArbitrary<unknown>[]): fc.Arbitrary<unknown> =>
    fc.oneof(...options.filter((o) => o.weight > 0));
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const fields = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, inner(value, key)]));
      const requiredKeys = Object.entries(shape)
        .filter(([, value]) => !['optional', 'default'].includes(value._zod.def.type))
        .map(([key]) => key);
      const record = fc.record(fields, { requiredKeys }).map((r) => {
        for (const [k, v] of Object.entries(r)) if (v === undefined) delete (r as Record<string, unknown>)[k];
        return r;
      });
      const withExtra = fc
        .tuple(
          record,
          fc.constantFrom('extra', '__proto__', 'constructor', 'prototype', 'role', 'userId'),
          hostileValue(),
        )
        .map(([r, key, value]) => {
          const copy: Record<string, unknown> = { ...(r as Record<string, unknown>) };
          Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
          return copy;
        });
      if (valid) return record;
      return fc.oneof({ weight: 6, arbitrary: record }, { weight: 2, arbitrary: withExtra }, wrong);
    }
    case 'string':
      if (valid) return stringArbitrary(def, fieldName, ids, true);
      return fc.oneof({ weight: 6, arbitrary: stringArbitrary(def, fieldName, ids, false) }, wrong);
    case 'number':
    case 'int':
      if (valid) return fc.integer({ min: 1, max: 20 });
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: -5, max: 2_000 }) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(0, -0, 1e9, -1e9, 2 ** 31, 2 ** 53, 0.5, Number.NaN, Number.POSITIVE_INFINITY),
        },
        { weight: 1, arbitrary: fc.constantFrom('5', '1e3', ' 7 ', '0x10', '', 'NaN', '-1') },
        wrong,
      );
    case 'boolean':
      if (valid) return fc.boolean();
      return fc.oneof({ weight: 3, arbitrary: fc.boolean() }, wrong);
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return fc.oneof(
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 4, arbitrary: inner(def.innerType, fieldName) },
      );
    case 'pipe':
      return inner(def.in, fieldName);
    case 'enum':
      return oneof({ weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries ?? { x: 'x' })) }, wrong);
    case 'literal':
      return oneof({ weight: 4, arbitrary: fc.constantFrom(...(def.values ?? [null])) }, wrong);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((o) => inner(o, fieldName)), ...(valid ? [] : [hostileValue()]));
    case 'array':
      return oneof({ weight: 3, arbitrary: fc.array(inner(def.element, fieldName), { maxLength: 5 }) }, wrong);
    default:
      return valid ? fc.constant(undefined) : hostileValue();
  }
}

/**
 * The input arbitrary of a procedure (from its first input parser): one call in three gets an input
 * that should pass validation (known ids, in-range numbers, any unicode text), so the fuzz reaches
 * the code behind the validators; the rest mix hostile values in at every level.
 */
export function procedureInputArbitrary(inputs: readonly unknown[], ids: KnownIds): fc.Arbitrary<unknown> {
  const first = inputs[0];
  if (first === undefined) return fc.oneof(fc.constant(undefined), hostileValue());
  return fc.oneof(
    { weight: 1, arbitrary: inputArbitrary(first, ids, '', 0, true) },
    { weight: 2, arbitrary: inputArbitrary(first, ids) },
  );
}
