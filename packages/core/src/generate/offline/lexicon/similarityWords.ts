/**
 * Words that ask for things resembling a named one ("companies like X", "similar to X", "X's competitors"). The
 * data holds no likeness between companies or events, so `parse/scan/similarNames.ts` reads such a word governing a
 * name as a question back, never as the name itself. General English, not words of this data set.
 */

/** Modifiers of likeness that govern the name after them, with the prepositions they take ("similar to X", "like X"). */
export const SIMILARITY_MODIFIERS: Readonly<Record<string, readonly string[]>> = {
  like: [],
  resembling: [],
  similar: ['to', 'with'],
  comparable: ['to', 'with'],
  akin: ['to'],
  analogous: ['to'],
};

/**
 * Nouns (singular) for things resembling or rivalling a named one: before the name with a preposition
 * ("competitors of X", "alternatives to X") or after it ("X's rivals", "X lookalikes").
 */
export const SIMILARITY_NOUNS: ReadonlySet<string> = new Set([
  'competitor',
  'rival',
  'peer',
  'lookalike',
  'alternative',
  'counterpart',
  'equivalent',
  'clone',
]);

/** The prepositions joining a likeness noun to the name it governs ("competitors of X", "alternatives to X"). */
export const SIMILARITY_NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'for']);
