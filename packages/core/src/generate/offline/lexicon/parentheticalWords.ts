/**
 * Words that make a parenthetical add to what was said before it rather than restate it ("sales people (marketing
 * too)", "fintech (plus banking)"): read by `parse/scan/restatedValues.ts`, which then keeps both values.
 * General English.
 */
export const ADDING_WORDS: ReadonlySet<string> = new Set([
  'too',
  'also',
  'plus',
  'and',
  'or',
  'including',
  'incl',
  'inc',
  'with',
  'besides',
  'as well',
  'well',
  'additionally',
  'not',
  'except',
  'excluding',
  'but',
]);
