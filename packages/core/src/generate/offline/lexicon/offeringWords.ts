/**
 * Nouns of any output at all ("products", "services", "solutions", "stuff"): the object of a verb of making or
 * selling that says nothing about WHAT a company makes, so no industry answers it (`parse/scan/offeringVerbs.ts`
 * asks it back). Singular forms: the reader lemmatises the typed noun.
 */
export const GENERIC_OUTPUT_NOUNS: ReadonlySet<string> = new Set([
  'product',
  'service',
  'good',
  'goods',
  'thing',
  'stuff',
  'solution',
  'item',
  'offering',
  'merchandise',
]);

/** Words before an object that do not say what it is ("the", "any", "their", "some", "own"). */
export const OBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'any',
  'some',
  'their',
  'its',
  'own',
  'such',
]);
